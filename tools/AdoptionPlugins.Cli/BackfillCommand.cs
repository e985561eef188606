using System;
using System.CommandLine;
using AdoptionPlugins.Tooling.Operations;

namespace AdoptionPlugins.Cli;

/// <summary>The backfill verb: rebuilds activity signals and days from the records already in an environment, over a range of past days.</summary>
public static class BackfillCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var from = new Option<string>("--from") { Description = "The first day to rebuild, yyyy-MM-dd.", Required = true };
        var to = new Option<string>("--to")
        {
            Description = $"The last day to rebuild, yyyy-MM-dd, included: today at the latest; one run covers at most {AdoptionActions.MaxReconcileDays} days.",
            Required = true,
        };
        return PagedCommand.Create(
            "backfill",
            $"Rebuild activity signals and activity days from the tasks, calls, meetings, emails, notes and opportunities already in an environment, over a range of past days ({AdoptionActions.Reconcile.UniqueName}, page by page).",
            AdoptionActions.Reconcile,
            environment,
            [from, to],
            (parsed, pageSize, cursor) => BackfillOperation.Create(parsed.GetValue(from), parsed.GetValue(to), pageSize, cursor, DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime)));
    }
}
