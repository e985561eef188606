using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>
/// Installs or upgrades the managed solution: ImportSolutionAsync for a new install (or a forced re-import of the same version),
/// StageAndUpgradeAsync over a lower version, nothing when the same version is there; polls the system job and reads the import log on failure.
/// </summary>
public sealed class ImportSolutionStep : IDeploymentStep
{
    public string Title => "Import the managed solution";

    public string WhenNotRun => "The solution was not imported; the environment still has the version it had before.";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var package = context.Package;
        var installed = await context.Api.FindSolutionAsync(package.UniqueName, cancellationToken).ConfigureAwait(false);
        var holding = await context.Api.FindSolutionAsync(package.UniqueName + "_Upgrade", cancellationToken).ConfigureAwait(false);
        if (holding != null)
        {
            return new StepResult(StepStatus.Failed, $"A staged upgrade ({holding.UniqueName} {holding.Version}) is waiting in the environment, so a new import cannot start.")
            {
                NextSteps = [$"In make.powerapps.com > Solutions, select {package.UniqueName} and choose Apply upgrade (or delete {holding.UniqueName}), then run deploy again."],
            };
        }

        var decision = Decide(package, installed, context.Options.Force);
        if (decision.Refusal != null)
        {
            return decision.Refusal;
        }

        if (decision.Action == null)
        {
            return StepResult.NothingToDo($"{package.UniqueName} {installed!.Version} is already installed; the import is skipped (pass --force to import the same version again).");
        }

        context.ImportsPackage = true;
        if (context.WhatIf)
        {
            return StepResult.WouldChange($"Would {decision.Action}.", $"Zip: {package.Path} ({package.Content.Length / 1024} KB)");
        }

        var importJobId = Guid.NewGuid();
        var started = await context.Api.StartImportAsync(package.Content, importJobId, decision.StageAndUpgrade, cancellationToken).ConfigureAwait(false);
        context.Reporter.Progress($"Dataverse accepted the zip: system job {started.AsyncOperationId}, import job {importJobId}.");
        return await WaitForImportAsync(context, decision.Done!, started.AsyncOperationId, importJobId, cancellationToken).ConfigureAwait(false);
    }

    private static Decision Decide(SolutionPackage package, InstalledSolution? installed, bool force)
    {
        if (installed == null)
        {
            return new Decision($"install {package.UniqueName} {package.Version} (new install, ImportSolutionAsync)", StageAndUpgrade: false, Refusal: null, $"Installed {package.UniqueName} {package.Version}");
        }

        if (!installed.IsManaged)
        {
            return Refuse($"{package.UniqueName} is installed here as an unmanaged solution (version {installed.Version}); a managed import cannot go over it.",
                "This is a development environment: deploy to a test or production environment, or delete the unmanaged solution first.");
        }

        var comparison = installed.Version.CompareTo(package.Version);
        if (comparison < 0)
        {
            return new Decision($"upgrade {package.UniqueName} from {installed.Version} to {package.Version} (StageAndUpgradeAsync: import the new version as a holding solution and apply the upgrade)", StageAndUpgrade: true, Refusal: null, $"Upgraded {package.UniqueName} from {installed.Version} to {package.Version}");
        }

        if (comparison > 0)
        {
            return Refuse($"The environment has {package.UniqueName} {installed.Version}, newer than {package.Version} in {package.Path}; Dataverse cannot downgrade a managed solution.",
                "Deploy the zip of the newer version, or uninstall the solution first (see 'adoption uninstall --help').");
        }

        return force
            ? new Decision($"import {package.UniqueName} {package.Version} again over the same version (--force, ImportSolutionAsync)", StageAndUpgrade: false, Refusal: null, $"Imported {package.UniqueName} {package.Version} again")
            : new Decision(null, StageAndUpgrade: false, Refusal: null, null);
    }

    private static Decision Refuse(string summary, string nextStep) =>
        new(null, StageAndUpgrade: false, new StepResult(StepStatus.Failed, summary) { NextSteps = [nextStep] }, null);

    private static async Task<StepResult> WaitForImportAsync(DeploymentContext context, string done, Guid asyncOperationId, Guid importJobId, CancellationToken cancellationToken)
    {
        var lastProgress = -1;
        while (true)
        {
            var operation = await context.Api.GetAsyncOperationAsync(asyncOperationId, cancellationToken).ConfigureAwait(false);
            var job = await context.Api.FindImportJobAsync(importJobId, cancellationToken).ConfigureAwait(false);
            var progress = (int)Math.Floor(job?.Progress ?? 0);
            if (progress != lastProgress)
            {
                context.Reporter.Progress($"Importing: {progress.ToString(CultureInfo.InvariantCulture)}%");
                lastProgress = progress;
            }

            if (operation.IsCompleted)
            {
                return operation.Succeeded
                    ? Succeeded(done, job)
                    : await FailedAsync(context, operation, job, asyncOperationId, cancellationToken).ConfigureAwait(false);
            }

            if (context.DeadlinePassed)
            {
                return new StepResult(StepStatus.TimedOut, $"The import is still running in Dataverse ({progress.ToString(CultureInfo.InvariantCulture)}% done) after the --timeout; this run stopped waiting for it.")
                {
                    NextSteps =
                    [
                        $"Watch it in make.powerapps.com > Solutions > See history (system job {asyncOperationId}, import job {importJobId}).",
                        "When it has finished, run deploy again: the import is skipped because the version is then installed, and the remaining steps run.",
                    ],
                };
            }

            await context.PauseAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static StepResult Succeeded(string done, ImportJobStatus? job) =>
        StepResult.Done($"{done}.", [.. ImportJobLog.Warnings(job?.Data).Select(warning => $"Warning: {warning}")]);

    private static async Task<StepResult> FailedAsync(DeploymentContext context, AsyncOperationStatus operation, ImportJobStatus? job, Guid asyncOperationId, CancellationToken cancellationToken)
    {
        var failures = ImportJobLog.Failures(job?.Data);
        var details = new List<string>(failures);
        if (details.Count == 0)
        {
            details.Add(operation.FriendlyMessage ?? operation.Message ?? "(Dataverse gave no reason)");
        }

        var stillInstalled = await context.Api.FindSolutionAsync(context.Package.UniqueName, cancellationToken).ConfigureAwait(false);
        var holding = await context.Api.FindSolutionAsync(context.Package.UniqueName + "_Upgrade", cancellationToken).ConfigureAwait(false);
        var state = stillInstalled == null
            ? $"{context.Package.UniqueName} is not installed."
            : $"{context.Package.UniqueName} {stillInstalled.Version} is installed (unchanged by this import).";
        var nextSteps = new List<string> { $"Fix the component named above, pack again and run deploy again (the full log is in make.powerapps.com > Solutions > See history, system job {asyncOperationId})." };
        if (holding != null)
        {
            nextSteps.Insert(0, $"A holding solution {holding.UniqueName} {holding.Version} was left behind: delete it in make.powerapps.com > Solutions before the next try.");
        }

        return new StepResult(StepStatus.Failed, $"The import {operation.Outcome}. {state}") { Details = details, NextSteps = nextSteps };
    }

    /// <summary>What the import will do (null: nothing), in the future tense for what-if and the past tense for the report.</summary>
    private sealed record Decision(string? Action, bool StageAndUpgrade, StepResult? Refusal, string? Done);
}
