using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>Binds each connection reference of the solution to the connection the settings file names; a reference left unbound keeps its flows off (dataverse-facts 3.1).</summary>
public sealed class BindConnectionReferencesStep : IDeploymentStep
{
    public string Title => "Bind connection references";

    public string WhenNotRun => "Connection references were not bound, so the cloud flow cannot run.";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var references = context.Package.ConnectionReferences;
        if (references.Count == 0)
        {
            return StepResult.NothingToDo("The solution has no connection references.");
        }

        var bound = new List<string>();
        var unbound = new List<string>();
        var unchanged = new List<string>();
        foreach (var reference in references)
        {
            var setting = context.Settings.ConnectionReferences.FirstOrDefault(candidate => candidate.HasConnection && candidate.LogicalName.Equals(reference.LogicalName, StringComparison.OrdinalIgnoreCase));
            var current = await context.Api.FindConnectionReferenceAsync(reference.LogicalName, cancellationToken).ConfigureAwait(false);
            if (current == null && !(context.WhatIf && context.ImportsPackage))
            {
                throw new DataverseRequestException(DataverseFailure.Failed, $"Connection reference {reference.LogicalName} does not exist in {context.Api.EnvironmentUrl}; the solution import should have created it. Run deploy again with --force.");
            }

            if (setting != null && !string.Equals(current?.ConnectionId, setting.ConnectionId, StringComparison.OrdinalIgnoreCase))
            {
                if (!context.WhatIf)
                {
                    await context.Api.BindConnectionReferenceAsync(current!, setting.ConnectionId, cancellationToken).ConfigureAwait(false);
                }

                bound.Add($"{reference.LogicalName} -> connection {setting.ConnectionId}");
            }
            else if (setting != null || current?.IsBound == true)
            {
                unchanged.Add($"{reference.LogicalName}: bound to connection {setting?.ConnectionId ?? current!.ConnectionId}");
            }
            else
            {
                context.MarkUnbound(reference.LogicalName);
                unbound.Add(reference.LogicalName);
            }
        }

        var details = bound.Concat(unchanged).Concat(unbound.Select(name => $"{name}: no connection")).ToList();
        if (unbound.Count > 0)
        {
            return new StepResult(StepStatus.NeedsAttention, $"{unbound.Count} connection reference(s) have no connection; the flows that use them stay off.")
            {
                Details = details,
                NextSteps =
                [
                    .. unbound.Select(name => $"Create a connection for {name} ({context.Package.FindConnectionReference(name)?.ConnectorId ?? "its connector"}) in make.powerapps.com > Connections, put its id in the settings file as ConnectionReferences[{{\"LogicalName\": \"{name}\", \"ConnectionId\": \"<id>\"}}] and run deploy again."),
                ],
            };
        }

        return bound.Count == 0
            ? StepResult.NothingToDo($"All {references.Count} connection reference(s) are bound.", details)
            : StepResult.Changed(context.WhatIf, $"{(context.WhatIf ? "Would bind" : "Bound")} {bound.Count} connection reference(s).", details);
    }
}
