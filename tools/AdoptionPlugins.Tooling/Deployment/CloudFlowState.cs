using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A cloud flow's workflow row: statecode 0 Draft (off), 1 Activated (on), 2 Suspended (dataverse-facts 3.1).</summary>
public sealed record CloudFlowState(Guid Id, string Name, int StateCode)
{
    public bool IsOn => StateCode == 1;
}
