using System;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>Deletes the managed solution; its tables (with their data), plugin steps, flow and variables go with it (dataverse-facts 8.1).</summary>
public sealed class DeleteSolutionStep : IDeploymentStep
{
    public string Title => "Delete the solution";

    public string WhenNotRun => "The solution is still installed.";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var installed = await context.Api.FindSolutionAsync(context.Package.UniqueName, cancellationToken).ConfigureAwait(false);
        if (installed == null)
        {
            return StepResult.NothingToDo($"{context.Package.UniqueName} is not installed.");
        }

        if (!installed.IsManaged)
        {
            return new StepResult(StepStatus.Failed, $"{installed.UniqueName} is installed as an unmanaged solution; deleting it would leave its components behind.")
            {
                NextSteps = ["Remove the components of an unmanaged solution in make.powerapps.com > Solutions; uninstall handles the managed solution only."],
            };
        }

        if (!context.WhatIf)
        {
            await context.Api.DeleteSolutionAsync(installed, cancellationToken).ConfigureAwait(false);
        }

        return StepResult.Changed(context.WhatIf,
            $"{(context.WhatIf ? "Would delete" : "Deleted")} {installed.UniqueName} {installed.Version}: its tables and their data, plugin steps, cloud flow, environment variables and connection references {(context.WhatIf ? "would go" : "are gone")} with it.");
    }
}
