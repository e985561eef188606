using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>Turns on each cloud flow of the solution whose connection references are bound (statecode 1, power-automate manage-flows-with-code).</summary>
public sealed class TurnOnCloudFlowsStep : IDeploymentStep
{
    public string Title => "Turn on the cloud flows";

    public string WhenNotRun => "The cloud flows were not turned on, so the daily evaluation does not run yet.";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var flows = context.Package.CloudFlows;
        if (flows.Count == 0)
        {
            return StepResult.NothingToDo("The solution has no cloud flows.");
        }

        var turnedOn = new List<string>();
        var alreadyOn = new List<string>();
        var leftOff = new List<string>();
        foreach (var definition in flows)
        {
            var flow = await context.Api.FindCloudFlowAsync(definition.WorkflowId, cancellationToken).ConfigureAwait(false);
            if (flow?.IsOn == true)
            {
                alreadyOn.Add($"{flow.Name}: on");
                continue;
            }

            var unbound = definition.ConnectionReferences.Where(context.UnboundConnectionReferences.Contains).ToList();
            if (unbound.Count > 0)
            {
                leftOff.Add($"{definition.Name}: left off, because {string.Join(", ", unbound)} has no connection");
                continue;
            }

            if (flow == null && !(context.WhatIf && context.ImportsPackage))
            {
                throw new DataverseRequestException(DataverseFailure.Failed, $"Cloud flow {definition.Name} ({definition.WorkflowId}) does not exist in {context.Api.EnvironmentUrl}; the solution import should have created it. Run deploy again with --force.");
            }

            if (!context.WhatIf)
            {
                await context.Api.TurnOnCloudFlowAsync(flow!, cancellationToken).ConfigureAwait(false);
            }

            turnedOn.Add(definition.Name);
        }

        var details = turnedOn.Select(name => $"{name}: {(context.WhatIf ? "would be turned on" : "turned on")}").Concat(alreadyOn).Concat(leftOff).ToList();
        if (leftOff.Count > 0)
        {
            return new StepResult(StepStatus.NeedsAttention, $"{leftOff.Count} cloud flow(s) stay off until their connection references are bound.")
            {
                Details = details,
                NextSteps = ["Bind the connection references (see above) and run deploy again; it turns the flows on."],
            };
        }

        return turnedOn.Count == 0
            ? StepResult.NothingToDo($"All {flows.Count} cloud flow(s) are on.", details)
            : StepResult.Changed(context.WhatIf, $"{(context.WhatIf ? "Would turn on" : "Turned on")} {turnedOn.Count} cloud flow(s).", details);
    }
}
