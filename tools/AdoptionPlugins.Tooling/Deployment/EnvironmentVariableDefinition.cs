namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>An environment variable the solution defines, as its zip declares it.</summary>
public sealed record EnvironmentVariableDefinition(string SchemaName, EnvironmentVariableType Type, string? DefaultValue);
