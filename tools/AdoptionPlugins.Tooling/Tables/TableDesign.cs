using System;
using System.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// A user-owned custom table as we design it: its own columns, the tables its lookups point at, its keys and what its public
/// views show. <see cref="ToTable"/> and <see cref="ToRelationships"/> add everything Dataverse adds to a new table.
/// </summary>
public sealed record TableDesign
{
    /// <summary>The schema name with the publisher prefix, e.g. <c>adopt_ActivitySignal</c>.</summary>
    public required string SchemaName { get; init; }

    public required string DisplayName { get; init; }

    public required string PluralName { get; init; }

    public required string Description { get; init; }

    public required ColumnDefinition PrimaryName { get; init; }

    /// <summary>The custom columns besides the primary name.</summary>
    public required ValueList<ColumnDefinition> Columns { get; init; }

    /// <summary>One entry per custom lookup column.</summary>
    public ValueList<LookupTarget> Lookups { get; init; } = [];

    public ValueList<AlternateKeyDefinition> Keys { get; init; } = [];

    /// <summary>The columns the active and inactive views show, by logical name with widths.</summary>
    public required ValueList<GridCell> ViewColumns { get; init; }

    public required ViewOrder ViewOrder { get; init; }

    /// <summary>The columns quick find searches, by logical name; the primary name when empty.</summary>
    public ValueList<string> QuickFindColumns { get; init; } = [];

    public bool IsAuditEnabled { get; init; }

    /// <summary>Charts ship for the table (Charts/AdoptionCharts), so its Entity.xml holds the <c>&lt;Visualizations/&gt;</c> placeholder.</summary>
    public bool HasCharts { get; init; }

    /// <summary>Public views beyond the system ones, such as the manager views (Views/AdoptionViews).</summary>
    public ValueList<ViewDefinition> Views { get; init; } = [];

    /// <summary>The Web API collection name; the logical name with an s when not set, which suits our table names.</summary>
    public string? EntitySetName { get; init; }

    public string LogicalName => SchemaName.ToLowerInvariant();

    /// <summary>The table as Entity.xml and its views hold it.</summary>
    public TableDefinition ToTable()
    {
        var lookups = Columns.Where(column => column.Kind == ColumnKind.Lookup).Select(column => column.SchemaName).Order(StringComparer.Ordinal);
        var targets = Lookups.Select(lookup => lookup.Column).Order(StringComparer.Ordinal);
        if (!lookups.SequenceEqual(targets, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"{SchemaName}: every lookup column needs exactly one LookupTarget; columns [{string.Join(", ", lookups)}], targets [{string.Join(", ", targets)}].");
        }

        var table = new TableDefinition
        {
            SchemaName = SchemaName,
            DisplayName = DisplayName,
            PluralName = PluralName,
            Description = Description,
            EntitySetName = EntitySetName ?? LogicalName + "s",
            Columns = EntityXml.ExportOrder(StandardColumns.ForUserOwned(SchemaName, DisplayName).Append(PrimaryName).Concat(Columns.Select(NameOptionSet))).ToValueList(),
            Keys = Keys,
            IsAuditEnabled = IsAuditEnabled,
            HasVisualizations = HasCharts,
        };
        var quickFind = QuickFindColumns.Count > 0 ? QuickFindColumns : [PrimaryName.LogicalName];
        var views = StandardViews.For(table, ViewColumns, ViewOrder, quickFind).Concat(Views);
        return table with { Views = views.OrderBy(view => view.Id.ToString("B"), StringComparer.Ordinal).ToValueList() };
    }

    // A local option set is named <table>_<column>, as exports name them (AKC autocoe_automationscheduleitem_autocoe_priority).
    private ColumnDefinition NameOptionSet(ColumnDefinition column) =>
        column.Kind is ColumnKind.Choice or ColumnKind.YesNo && !column.IsGlobalChoice && column.OptionSetName is null
            ? column with { OptionSetName = $"{LogicalName}_{column.LogicalName}" }
            : column;

    /// <summary>The system relationships of a user-owned table and one relationship per lookup.</summary>
    public ValueList<RelationshipDefinition> ToRelationships() =>
        StandardRelationships.ForUserOwned(SchemaName)
            .Concat(Lookups.Select(lookup => StandardRelationships.ForLookup(SchemaName, lookup.Column, lookup.ReferencedTable)))
            .ToValueList();
}
