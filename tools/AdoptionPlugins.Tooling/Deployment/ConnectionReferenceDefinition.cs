namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A connection reference the solution ships, which must be bound to a connection in each environment.</summary>
public sealed record ConnectionReferenceDefinition(string LogicalName, string? ConnectorId);
