using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>Runs a plan's steps in order, stops at the first failure, and returns a report of what is done, what is not, and what to do next.</summary>
public static class DeploymentRunner
{
    public static async Task<DeploymentReport> RunAsync(DeploymentPlan plan, DataverseWebApi api, IDeploymentReporter reporter, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(time);
        var context = new DeploymentContext
        {
            Api = api,
            Package = plan.Package,
            Settings = plan.Settings,
            Options = plan.Options,
            Reporter = reporter,
            Time = time,
            Deadline = time.GetUtcNow() + plan.Options.Timeout,
        };
        var results = new List<(IDeploymentStep Step, StepResult Result)>();
        var failure = (DataverseFailure?)null;
        for (var index = 0; index < plan.Steps.Count; index++)
        {
            var step = plan.Steps[index];
            reporter.StepStarting(index + 1, plan.Steps.Count, step.Title);
            StepResult result;
            try
            {
                result = await step.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }
            catch (DataverseRequestException refused)
            {
                failure = refused.Failure;
                result = new StepResult(StepStatus.Failed, refused.Message);
            }

            reporter.StepFinished(index + 1, step.Title, result);
            results.Add((step, result));
            if (result.StopsTheRun)
            {
                break;
            }
        }

        return new DeploymentReport(plan, results, failure);
    }
}
