namespace AdoptionPlugins.Tooling.EnvironmentVariables;

/// <summary>
/// One environment variable as <c>environmentvariabledefinitions/&lt;schemaname&gt;/environmentvariabledefinition.xml</c> ships it:
/// its name, what an admin reads about it, its type and its default. The solution never ships a value (solution-format 3).
/// </summary>
public sealed record EnvironmentVariableDefinition
{
    /// <summary>Boolean variables hold these words, as BAK's <c>cat_EnablePowerFxDataverseIntegration</c> does.</summary>
    public const string Yes = "yes";

    public const string No = "no";

    /// <summary>The schema name with the publisher prefix, e.g. <c>adopt_SendingEnabled</c>; it names the variable's folder.</summary>
    public required string SchemaName { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>What the variable does and what to set it to, in words an admin understands.</summary>
    public required string Description { get; init; }

    public required EnvironmentVariableType Type { get; init; }

    /// <summary>The value until an admin sets one; null for none (the element is then left out, as BAK's <c>cat_ApprovalKitOrgUrl</c>).</summary>
    public string? DefaultValue { get; init; }

    public bool IsRequired { get; init; }

    public string IntroducedVersion { get; init; } = "1.0.0.0";

    public bool IsCustomizable { get; init; } = true;
}
