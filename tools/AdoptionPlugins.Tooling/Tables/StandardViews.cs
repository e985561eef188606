using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// The system views a new table gets (BAK <c>cat_BusinessApprover/SavedQueries</c>): active and inactive public views, associated,
/// advanced find, lookup and quick find. Ids are name-based, so regenerating gives the same files.
/// </summary>
public static class StandardViews
{
    private const int NameWidth = 300;
    private const int CreatedOnWidth = 125;

    /// <summary>The views of <paramref name="table"/>, ordered by id as the files are; the public views show <paramref name="columns"/>.</summary>
    public static IEnumerable<ViewDefinition> For(
        TableDefinition table, IReadOnlyList<GridCell> columns, ViewOrder order, IReadOnlyList<string> quickFindColumns)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(quickFindColumns);
        var primaryId = table.PrimaryIdColumn ?? throw new ArgumentException($"{table.SchemaName} has no primary key.", nameof(table));
        var primaryName = table.PrimaryNameColumn ?? throw new ArgumentException($"{table.SchemaName} has no primary name column.", nameof(table));
        var nameAndCreated = new GridCell[] { new(primaryName, NameWidth), new("createdon", CreatedOnWidth) };
        var ascendingByName = new ViewOrder(primaryName, Descending: false);
        var shapes = new Shapes(table, primaryId, primaryName);
        ViewDefinition[] views =
        [
            shapes.View("active", $"Active {table.PluralName}", ViewType.Public, shapes.Grid(columns), shapes.Fetch(columns, order, StateFilter.Active)),
            shapes.View("inactive", $"Inactive {table.PluralName}", ViewType.Public, shapes.Grid(columns), shapes.Fetch(columns, order, StateFilter.Inactive)) with { IsDefault = false },
            shapes.View("associated", $"{table.DisplayName} Associated View", ViewType.Associated, shapes.Grid(nameAndCreated, inline: true), shapes.Fetch(nameAndCreated, ascendingByName, StateFilter.Active)),
            shapes.View("advancedfind", $"{table.DisplayName} Advanced Find View", ViewType.AdvancedFind, shapes.Grid(nameAndCreated), shapes.Fetch(nameAndCreated, ascendingByName, StateFilter.All)),
            shapes.View("lookup", $"{table.DisplayName} Lookup View", ViewType.Lookup, shapes.Grid(nameAndCreated, inline: true) with { Preview = false }, shapes.Fetch(nameAndCreated, order: null, StateFilter.Active)),
            shapes.View("quickfind", $"Quick Find Active {table.PluralName}", ViewType.QuickFind, shapes.Grid(nameAndCreated), shapes.Fetch(nameAndCreated, ascendingByName, StateFilter.Active, quickFindColumns)) with { IsQuickFind = true },
        ];
        return views.OrderBy(view => view.Id.ToString("B"), StringComparer.Ordinal);
    }

    private enum StateFilter
    {
        All,
        Active,
        Inactive,
    }

    private sealed class Shapes(TableDefinition table, string primaryId, string primaryName)
    {
        public ViewDefinition View(string slug, string name, ViewType type, GridLayout grid, XElement fetch) =>
            new()
            {
                Id = NameBasedGuid.Create(NameBasedGuid.TablesNamespace, $"{table.LogicalName}/savedquery/{slug}"),
                Name = name,
                Type = type,
                IsDefault = true,
                Layout = grid,
                FetchXml = fetch.ToString(SaveOptions.DisableFormatting),
            };

        // Associated and lookup grids are named after the table (BAK); the others are the generic result set.
        public GridLayout Grid(IReadOnlyList<GridCell> cells, bool inline = false) =>
            new()
            {
                GridName = inline ? table.EntitySetName : "resultset",
                RowName = inline ? table.LogicalName : "result",
                IdColumn = primaryId,
                Jump = primaryName,
                Cells = cells.ToValueList(),
            };

        public XElement Fetch(IReadOnlyList<GridCell> cells, ViewOrder? order, StateFilter state, IReadOnlyList<string>? quickFind = null) =>
            new(
                "fetch",
                new XAttribute("version", "1.0"),
                new XAttribute("mapping", "logical"),
                new XElement(
                    "entity",
                    new XAttribute("name", table.LogicalName),
                    new[] { primaryId }.Concat(cells.Select(cell => cell.Name)).Select(column => new XElement("attribute", new XAttribute("name", column))),
                    order is null ? null : new XElement("order", new XAttribute("attribute", order.Column), new XAttribute("descending", order.Descending ? "true" : "false")),
                    state == StateFilter.All ? null : new XElement(
                        "filter",
                        new XAttribute("type", "and"),
                        new XElement("condition", new XAttribute("attribute", "statecode"), new XAttribute("operator", "eq"), new XAttribute("value", state == StateFilter.Active ? "0" : "1"))),
                    quickFind is null ? null : new XElement(
                        "filter",
                        new XAttribute("type", "or"),
                        new XAttribute("isquickfindfields", "1"),
                        quickFind.Select(column => new XElement("condition", new XAttribute("attribute", column), new XAttribute("operator", "like"), new XAttribute("value", "{0}"))))));
    }
}
