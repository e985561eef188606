using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>An environment variable definition in the environment and its current value row, if any.</summary>
public sealed record EnvironmentVariableState(Guid DefinitionId, string SchemaName, string? DefaultValue, Guid? ValueId, string? Value)
{
    /// <summary>What flows and plugins read: the value row when there is one, otherwise the default.</summary>
    public string? EffectiveValue => ValueId.HasValue ? Value : DefaultValue;
}
