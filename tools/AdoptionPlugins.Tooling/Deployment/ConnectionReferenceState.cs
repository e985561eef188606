using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A connection reference in the environment and the connection it is bound to, if any.</summary>
public sealed record ConnectionReferenceState(Guid Id, string LogicalName, string? ConnectionId)
{
    public bool IsBound => !string.IsNullOrEmpty(ConnectionId);
}
