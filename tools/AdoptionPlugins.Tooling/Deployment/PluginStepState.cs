using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A plugin step's row: statecode 0 Enabled, 1 Disabled.</summary>
public sealed record PluginStepState(Guid Id, string Name, int StateCode)
{
    public bool IsEnabled => StateCode == 0;
}
