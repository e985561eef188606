using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>The end of a run in words: the outcome, the state the environment is in now, and what a person should do next.</summary>
public sealed class DeploymentReport
{
    private readonly DeploymentPlan _plan;
    private readonly DataverseFailure? _failure;

    public DeploymentReport(DeploymentPlan plan, IReadOnlyList<(IDeploymentStep Step, StepResult Result)> results, DataverseFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _plan = plan;
        _failure = failure;
        Results = results;
    }

    public IReadOnlyList<(IDeploymentStep Step, StepResult Result)> Results { get; }

    public IEnumerable<IDeploymentStep> NotRun => _plan.Steps.Skip(Results.Count);

    public DeploymentOutcome Outcome
    {
        get
        {
            var statuses = Results.Select(pair => pair.Result.Status).ToList();
            if (_failure is DataverseFailure.Unauthorized)
            {
                return DeploymentOutcome.NotAuthenticated;
            }

            if (statuses.Contains(StepStatus.Failed))
            {
                return DeploymentOutcome.Failed;
            }

            if (statuses.Contains(StepStatus.TimedOut))
            {
                return DeploymentOutcome.TimedOut;
            }

            if (_plan.Options.WhatIf)
            {
                return DeploymentOutcome.WhatIf;
            }

            return statuses.Contains(StepStatus.NeedsAttention) ? DeploymentOutcome.NeedsAttention : DeploymentOutcome.Succeeded;
        }
    }

    private string UninstallHeadline(SolutionPackage package) => Outcome switch
    {
        DeploymentOutcome.WhatIf => $"What-if: nothing was changed. This is what uninstalling {package.UniqueName} would do, in this order.",
        DeploymentOutcome.Succeeded => $"Uninstalled {package.UniqueName}.",
        DeploymentOutcome.NotAuthenticated => "Stopped: the sign-in was refused, so nothing was changed.",
        _ => $"FAILED: uninstalling {package.UniqueName} stopped at \"{Results[^1].Step.Title}\".",
    };

    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var package = _plan.Package;
        output.WriteLine();
        output.WriteLine(_plan.IsUninstall ? UninstallHeadline(package) : Outcome switch
        {
            DeploymentOutcome.Succeeded => $"Deployed {package.UniqueName} {package.Version}: every step is done.",
            DeploymentOutcome.WhatIf => $"What-if: nothing was changed. This is what deploying {package.UniqueName} {package.Version} would do.",
            DeploymentOutcome.NeedsAttention => $"Deployed {package.UniqueName} {package.Version}, but something is left for you to do (below).",
            DeploymentOutcome.TimedOut => $"Stopped waiting: Dataverse is still working on the deployment of {package.UniqueName} {package.Version}.",
            DeploymentOutcome.NotAuthenticated => "Stopped: the sign-in was refused, so nothing was changed.",
            _ => $"FAILED: the deployment of {package.UniqueName} {package.Version} stopped at \"{Results[^1].Step.Title}\".",
        });
        var (_, last) = Results[^1];
        if (last.StopsTheRun)
        {
            output.WriteLine($"Why: {last.Summary}");
            foreach (var detail in last.Details)
            {
                output.WriteLine($"  {detail}");
            }
        }

        if (_plan.Options.WhatIf && Outcome == DeploymentOutcome.WhatIf)
        {
            return;
        }

        output.WriteLine("State of the environment now:");
        foreach (var (_, result) in Results.Where(pair => !pair.Result.StopsTheRun))
        {
            output.WriteLine($"  - {result.Summary}");
        }

        foreach (var step in NotRun)
        {
            output.WriteLine($"  - Not done: {step.WhenNotRun}");
        }

        var nextSteps = Results.SelectMany(pair => pair.Result.NextSteps).ToList();
        if (nextSteps.Count == 0 && Outcome == DeploymentOutcome.Succeeded)
        {
            return;
        }

        output.WriteLine("What to do next:");
        foreach (var next in nextSteps)
        {
            output.WriteLine($"  - {next}");
        }

        output.WriteLine($"  - Then run the same {(_plan.IsUninstall ? "uninstall" : "deploy")} command again: it skips what is already done and finishes the rest.");
    }
}
