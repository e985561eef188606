using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A cloud flow (workflow category 5) the solution ships and the connection references it runs on.</summary>
public sealed record CloudFlowDefinition(Guid WorkflowId, string Name, IReadOnlyList<string> ConnectionReferences);
