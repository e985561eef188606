using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;

namespace AdoptionPlugins.Tooling.Views;

/// <summary>
/// A public view a maker would add to a table (BAK "Active User Approvers"): active rows matching its conditions, the columns it
/// shows, its sort. <see cref="ToDefinition"/> gives the saved query with a name-based id, deletable and not the default.
/// </summary>
public sealed record PublicView
{
    /// <summary>The table's logical name.</summary>
    public required string Table { get; init; }

    /// <summary>A short stable name the id is made from; renaming the view keeps the slug, so the id survives.</summary>
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required ValueList<GridCell> Cells { get; init; }

    public required ValueList<ViewOrder> Orders { get; init; }

    /// <summary>Conditions besides "active rows only", all of which must hold.</summary>
    public ValueList<ViewCondition> Conditions { get; init; } = [];

    public string PrimaryIdColumn => Table + "id";

    /// <summary>Every adoption table's primary name column, the one a click on a row opens it from.</summary>
    public static string PrimaryNameColumn => "adopt_name";

    public ViewDefinition ToDefinition() => new()
    {
        Id = NameBasedGuid.Create(NameBasedGuid.TablesNamespace, $"{Table}/savedquery/{Slug}"),
        Name = Name,
        Description = Description,
        Type = ViewType.Public,
        CanBeDeleted = true,
        Layout = new GridLayout { GridName = "resultset", RowName = "result", IdColumn = PrimaryIdColumn, Jump = PrimaryNameColumn, Cells = Cells },
        FetchXml = Fetch().ToString(SaveOptions.DisableFormatting),
    };

    private XElement Fetch() =>
        new(
            "fetch",
            new XAttribute("version", "1.0"),
            new XAttribute("output-format", "xml-platform"),
            new XAttribute("mapping", "logical"),
            new XElement(
                "entity",
                new XAttribute("name", Table),
                new[] { PrimaryIdColumn, PrimaryNameColumn }.Concat(Cells.Select(cell => cell.Name)).Distinct().Select(column => new XElement("attribute", new XAttribute("name", column))),
                Orders.Select(order => new XElement("order", new XAttribute("attribute", order.Column), new XAttribute("descending", order.Descending ? "true" : "false"))),
                new XElement(
                    "filter",
                    new XAttribute("type", "and"),
                    ViewCondition.Is("statecode", "eq", 0).ToXml(),
                    Conditions.Select(condition => condition.ToXml()))));
}
