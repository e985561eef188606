using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AdoptionPlugins.Tooling.Deployment.Steps;

/// <summary>
/// Deletes the rows of the solution's tables page by page, before the solution itself: deleting the solution would drop them too,
/// but purging first shows progress and keeps the solution deletion itself short on large tables.
/// </summary>
public sealed class PurgeAdoptionDataStep : IDeploymentStep
{
    private const int PageSize = 500;

    public string Title => "Purge the adoption data";

    public string WhenNotRun => "The adoption data was not purged.";

    public async Task<StepResult> RunAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await context.Api.FindSolutionAsync(context.Package.UniqueName, cancellationToken).ConfigureAwait(false) == null)
        {
            return StepResult.NothingToDo($"{context.Package.UniqueName} is not installed, so there is no adoption data to purge.");
        }

        var details = new List<string>();
        var total = 0;
        foreach (var table in context.Package.Tables)
        {
            var deleted = 0;
            while (true)
            {
                var page = await context.Api.ListRowIdsAsync(table.EntitySetName, table.PrimaryIdColumn, PageSize, cancellationToken).ConfigureAwait(false);
                if (page.Count == 0 || context.WhatIf)
                {
                    deleted += page.Count;
                    break;
                }

                foreach (var id in page)
                {
                    await context.Api.DeleteRowAsync(table.EntitySetName, id, cancellationToken).ConfigureAwait(false);
                }

                deleted += page.Count;
                context.Reporter.Progress($"{table.LogicalName}: {deleted} row(s) deleted so far");
            }

            details.Add(context.WhatIf && deleted == PageSize ? $"{table.LogicalName}: at least {deleted} row(s)" : $"{table.LogicalName}: {deleted} row(s)");
            total += deleted;
        }

        return total == 0
            ? StepResult.NothingToDo("The solution's tables hold no rows.", details)
            : StepResult.Changed(context.WhatIf, $"{(context.WhatIf ? "Would delete" : "Deleted")} the rows of {context.Package.Tables.Count} table(s).", details);
    }
}
