namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>One <c>customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml</c>: an output of a custom API.</summary>
public sealed record CustomApiResponseProperty
{
    /// <summary>The key in <c>OutputParameters</c>.</summary>
    public required string UniqueName { get; init; }

    public string? Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public required CustomApiParameterType Type { get; init; }

    /// <summary>For Entity, EntityCollection and EntityReference properties, the table they hold.</summary>
    public string? LogicalEntityName { get; init; }

    public bool IsCustomizable { get; init; } = true;
}
