using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>An <c>&lt;EntityKey&gt;</c>: the columns whose values identify one row (dataverse-facts 4.1).</summary>
public sealed record AlternateKeyDefinition
{
    /// <summary>The key's schema name, e.g. <c>adopt_UserDay</c>.</summary>
    public required string SchemaName { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>The key columns' logical names, in file order.</summary>
    public required ValueList<string> Columns { get; init; }

    public string IntroducedVersion { get; init; } = "1.0.0.0";

    /// <summary>Exports mark keys not customizable, so an admin cannot change what identifies a row.</summary>
    public bool IsCustomizable { get; init; }

    public string LogicalName => SchemaName.ToLowerInvariant();
}
