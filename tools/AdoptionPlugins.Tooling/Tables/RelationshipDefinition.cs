namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// A one-to-many relationship from <c>Other/Relationships/&lt;ReferencedTable&gt;.xml</c>: a lookup column and the table it
/// points at. A lookup column is not enough on its own; the relationship must exist (solution-format 3).
/// </summary>
public sealed record RelationshipDefinition
{
    /// <summary>The relationship's schema name, e.g. <c>adopt_ActivitySignal_UserId_SystemUser</c> or <c>lk_adopt_activityday_createdby</c>.</summary>
    public required string SchemaName { get; init; }

    /// <summary>The "one" table's schema name, e.g. <c>SystemUser</c>; it names the file the relationship is in.</summary>
    public required string ReferencedTable { get; init; }

    /// <summary>The "many" table's schema name, the table that holds the lookup.</summary>
    public required string ReferencingTable { get; init; }

    /// <summary>The lookup column's schema name.</summary>
    public required string ReferencingColumn { get; init; }

    public CascadeType CascadeAssign { get; init; }

    public CascadeType CascadeDelete { get; init; }

    public CascadeType CascadeArchive { get; init; }

    public CascadeType CascadeReparent { get; init; }

    public CascadeType CascadeShare { get; init; }

    public CascadeType CascadeUnshare { get; init; }

    /// <summary>Written for custom lookups only, as exports do; null writes no element.</summary>
    public CascadeType? CascadeRollupView { get; init; }

    /// <summary>Written for custom lookups only; null writes no element.</summary>
    public bool? IsValidForAdvancedFind { get; init; }

    public bool IsCustomizable { get; init; } = true;

    public bool IsHierarchical { get; init; }

    public string IntroducedVersion { get; init; } = "1.0.0.0";

    public string Description { get; init; } = "";

    /// <summary>The navigation property on the "many" side (the lookup's schema name); null for system relationships, which export no roles.</summary>
    public string? ReferencingNavigationProperty { get; init; }

    /// <summary>The navigation property on the "one" side (the relationship's name); null for system relationships.</summary>
    public string? ReferencedNavigationProperty { get; init; }

    /// <summary>The referenced table's logical name, the target the lookup accepts.</summary>
    public string ReferencedLogicalName => ReferencedTable.ToLowerInvariant();

    public string ReferencingLogicalName => ReferencingTable.ToLowerInvariant();

    public string ReferencingColumnLogicalName => ReferencingColumn.ToLowerInvariant();
}
