using System;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A plugin step the solution ships, checked to be enabled after import (dataverse-facts 8.4).</summary>
public sealed record PluginStepDefinition(Guid StepId, string Name);
