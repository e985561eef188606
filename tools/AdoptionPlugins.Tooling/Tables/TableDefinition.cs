using System.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// One custom table as <c>Entities/&lt;SchemaName&gt;/Entity.xml</c> and its <c>SavedQueries/</c> hold it: names, ownership,
/// every column (system columns included, as exports list them), alternate keys and system views.
/// </summary>
public sealed record TableDefinition
{
    /// <summary>The schema name, e.g. <c>adopt_ActivitySignal</c>; it names the table's folder.</summary>
    public required string SchemaName { get; init; }

    public required string DisplayName { get; init; }

    public required string PluralName { get; init; }

    public string Description { get; init; } = "";

    /// <summary>The Web API collection name, e.g. <c>adopt_activitysignals</c>.</summary>
    public required string EntitySetName { get; init; }

    public TableOwnership Ownership { get; init; } = TableOwnership.UserOwned;

    /// <summary>Columns in the order exports list them: by schema name, ignoring case.</summary>
    public required ValueList<ColumnDefinition> Columns { get; init; }

    public ValueList<AlternateKeyDefinition> Keys { get; init; } = [];

    /// <summary>System views, ordered by id as the files are.</summary>
    public ValueList<ViewDefinition> Views { get; init; } = [];

    public bool IsAuditEnabled { get; init; }

    public bool ChangeTrackingEnabled { get; init; }

    /// <summary>The table has charts: Entity.xml then holds a <c>&lt;Visualizations/&gt;</c> placeholder for <c>Visualizations/</c> (MED <c>msmedia_Show</c>).</summary>
    public bool HasVisualizations { get; init; }

    public string IntroducedVersion { get; init; } = "1.0";

    public bool IsCustomizable { get; init; } = true;

    public string LogicalName => SchemaName.ToLowerInvariant();

    /// <summary>The primary key's logical name; null only for a partial export that lists no primary key.</summary>
    public string? PrimaryIdColumn => Columns.FirstOrDefault(column => column.Kind == ColumnKind.PrimaryKey)?.LogicalName;

    /// <summary>The primary name column's logical name: the column whose display mask says <c>PrimaryName</c>.</summary>
    public string? PrimaryNameColumn => Columns.FirstOrDefault(column => column.IsPrimaryName)?.LogicalName;

    public ColumnDefinition? FindColumn(string logicalName) =>
        Columns.FirstOrDefault(column => column.LogicalName == logicalName);
}
