namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>One <c>ConnectionReferences[]</c> entry of a deployment settings file; an empty connection id means "not bound by this file".</summary>
public sealed record ConnectionReferenceSetting(string LogicalName, string ConnectionId, string ConnectorId, int Line)
{
    public bool HasConnection => ConnectionId.Length > 0;
}
