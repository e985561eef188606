using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>
/// Waits, bounded by the run's deadline, until every alternate key the solution ships is Active: a key is built by a system job
/// after import and upserts by key fail until then (dataverse-facts 4.1). A Failed key stops the run with what to do.
/// </summary>
public sealed class WaitForAlternateKeysStep : IDeploymentStep
{
    public string Title => "Wait for the alternate keys to become Active";

    public string WhenNotRun => "The alternate keys were not checked; the daily rollup cannot upsert by key until they are Active.";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var keys = context.Package.AlternateKeys;
        if (keys.Count == 0)
        {
            return StepResult.NothingToDo("The solution has no alternate keys.");
        }

        if (context.WhatIf && context.ImportsPackage)
        {
            return StepResult.WouldChange($"Would wait for {keys.Count} alternate key(s) to become Active after the import.", [.. keys.Select(key => key.ToString())]);
        }

        var lastReport = string.Empty;
        while (true)
        {
            var statuses = await StatusesAsync(context, keys, cancellationToken).ConfigureAwait(false);
            var failed = statuses.Where(pair => pair.Status == "Failed").ToList();
            if (failed.Count > 0)
            {
                return Failed(context, failed.Select(pair => pair.Key).ToList());
            }

            var notActive = statuses.Where(pair => pair.Status != "Active").ToList();
            if (notActive.Count == 0)
            {
                return StepResult.NothingToDo($"All {keys.Count} alternate key(s) are Active.", [.. keys.Select(key => key.ToString())]);
            }

            if (context.WhatIf)
            {
                return StepResult.WouldChange($"Would wait for {notActive.Count} of {keys.Count} alternate key(s) to become Active.", [.. notActive.Select(Describe)]);
            }

            var report = $"Alternate keys: {keys.Count - notActive.Count} of {keys.Count} Active; waiting for {string.Join(", ", notActive.Select(Describe))}";
            if (report != lastReport)
            {
                context.Reporter.Progress(report);
                lastReport = report;
            }

            if (context.DeadlinePassed)
            {
                return new StepResult(StepStatus.TimedOut, $"{notActive.Count} alternate key(s) did not become Active before the --timeout.")
                {
                    Details = [.. notActive.Select(Describe)],
                    NextSteps =
                    [
                        "Dataverse builds key indexes in a system job that keeps running after this run stopped; watch it in make.powerapps.com > Tables > (table) > Keys or in Settings > System jobs.",
                        "A key that stays Pending for long usually means the asynchronous service is busy; when the keys are Active, run deploy again to finish the remaining steps.",
                    ],
                };
            }

            await context.PauseAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<List<(AlternateKeyDefinition Key, string Status)>> StatusesAsync(DeploymentContext context, IReadOnlyList<AlternateKeyDefinition> keys, CancellationToken cancellationToken)
    {
        var statuses = new List<(AlternateKeyDefinition, string)>();
        foreach (var table in keys.GroupBy(key => key.TableLogicalName))
        {
            var found = await context.Api.GetEntityKeysAsync(table.Key, cancellationToken).ConfigureAwait(false);
            statuses.AddRange(table.Select(key => (key, found.FirstOrDefault(status => status.LogicalName.Equals(key.KeyLogicalName, StringComparison.OrdinalIgnoreCase))?.IndexStatus ?? "not found")));
        }

        return statuses;
    }

    private static string Describe((AlternateKeyDefinition Key, string Status) pair) => $"{pair.Key.TableLogicalName}.{pair.Key.KeyLogicalName}: {pair.Status}";

    private static StepResult Failed(DeploymentContext context, List<AlternateKeyDefinition> failed) => new(StepStatus.Failed, $"{failed.Count} alternate key(s) could not be built (index status Failed).")
    {
        Details = [.. failed.Select(key => $"{key}: Failed")],
        NextSteps =
        [
            .. failed.Select(key => $"The index of {key.TableLogicalName}.{key.KeyLogicalName} usually fails because rows with the same ({string.Join(", ", key.Columns)}) already exist: find and remove the duplicates in {key.TableLogicalName}."),
            $"Then rebuild each key: POST {context.Api.EnvironmentUrl}api/data/v9.2/ReactivateEntityKey with {{\"EntityLogicalName\": \"<table>\", \"EntityKeyLogicalName\": \"<key>\"}} (or make.powerapps.com > Tables > Keys), and run deploy again.",
        ],
    };
}
