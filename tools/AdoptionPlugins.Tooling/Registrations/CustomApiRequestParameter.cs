namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>One <c>customapirequestparameters/&lt;name&gt;/customapirequestparameter.xml</c>: an input of a custom API.</summary>
public sealed record CustomApiRequestParameter
{
    /// <summary>The key in <c>InputParameters</c>.</summary>
    public required string UniqueName { get; init; }

    public string? Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public required CustomApiParameterType Type { get; init; }

    public bool IsOptional { get; init; }

    /// <summary>For Entity, EntityCollection and EntityReference parameters, the table they hold.</summary>
    public string? LogicalEntityName { get; init; }

    public bool IsCustomizable { get; init; } = true;
}
