using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>Checks that every plugin step the solution ships is enabled after import and enables any that is not (dataverse-facts 8.4, step 3).</summary>
public sealed class EnablePluginStepsStep : IDeploymentStep
{
    public string Title => "Check that the plugin steps are enabled";

    public string WhenNotRun => "The plugin steps were not checked.";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var steps = context.Package.PluginSteps;
        if (steps.Count == 0)
        {
            return StepResult.NothingToDo("The solution has no plugin steps.");
        }

        var enabled = new List<string>();
        var missing = new List<string>();
        foreach (var definition in steps)
        {
            var step = await context.Api.FindPluginStepAsync(definition.StepId, cancellationToken).ConfigureAwait(false);
            if (step == null)
            {
                missing.Add($"{definition.Name} ({definition.StepId})");
            }
            else if (!step.IsEnabled)
            {
                if (!context.WhatIf)
                {
                    await context.Api.EnablePluginStepAsync(step, cancellationToken).ConfigureAwait(false);
                }

                enabled.Add(step.Name);
            }
        }

        if (missing.Count > 0 && !(context.WhatIf && context.ImportsPackage))
        {
            return new StepResult(StepStatus.Failed, $"{missing.Count} plugin step(s) of the solution are missing in the environment.")
            {
                Details = missing,
                NextSteps = ["The import did not register them: check the import history in make.powerapps.com > Solutions, then run deploy again with --force."],
            };
        }

        if (enabled.Count == 0 && missing.Count == 0)
        {
            return StepResult.NothingToDo($"All {steps.Count} plugin step(s) are enabled.");
        }

        return context.WhatIf && missing.Count > 0
            ? StepResult.WouldChange($"Would check {steps.Count} plugin step(s) after the import and enable any that is off.")
            : StepResult.Changed(context.WhatIf, $"{(context.WhatIf ? "Would enable" : "Enabled")} {enabled.Count} plugin step(s) that were off.", enabled);
    }
}
