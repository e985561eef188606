using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Schema;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// One page of the purge that ends the whole organization's run: the next rows of one table past retention are deleted (a
/// profile only loses its old activity dates), at most <see cref="PurgeBatch.Size"/> of them; a dry run deletes nothing and
/// counts what it would delete. Deleted rows are gone from the next page's query, and the cursor moves past them anyway, so a
/// dry run walks the same pages.
/// </summary>
public sealed class RetentionPurgePage
{
    private readonly EvaluationRun _run;

    public RetentionPurgePage(EvaluationRun run)
    {
        _run = run ?? throw new ArgumentNullException(nameof(run));
    }

    public EvaluationPageResult Run()
    {
        var plan = new RetentionPlan(_run.Settings, _run.Today);
        var size = PurgeBatch.Size(_run.Request.PageSize);
        return _run.Cursor.Phase == EvaluationPhase.PurgeSummaries ? PurgeSummaries(plan.SummariesKeptFrom, size) : PurgePersonalData(plan, size);
    }

    private EvaluationPageResult PurgePersonalData(RetentionPlan plan, int size)
    {
        var phase = _run.Cursor.Phase;
        var table = EvaluationCursor.PurgedBy(phase) ?? throw new InvalidOperationException($"Phase {phase} purges no table.");
        var keptFrom = plan.KeptFrom(table);
        var gateway = new AdoptionDataGateway(_run.Service);
        var expired = gateway.ReadExpired(table, keptFrom, _run.Cursor.After, size);
        if (!_run.Request.DryRun)
        {
            foreach (var row in expired)
            {
                if (table == AdoptionDataTable.Profiles)
                {
                    gateway.ClearOldActivity(row, keptFrom);
                }
                else
                {
                    gateway.Delete(table, row.Id);
                }
            }
        }

        var done = table == AdoptionDataTable.Profiles ? "cleared of old activity dates" : "deleted";
        return Finish(expired.Select(row => row.Id).ToList(), size, AdoptionDataGateway.EntityNameOf(table), keptFrom, done);
    }

    // Summary rows are totals of groups, not one person's data, so they are no AdoptionDataTable: a person's export and erase
    // leave them alone (nothing in them is about one person), and only retention removes them, here.
    private EvaluationPageResult PurgeSummaries(DateTime keptFrom, int size)
    {
        var gateway = new SummaryGateway(_run.Service);
        var expired = gateway.ReadExpired(keptFrom, _run.Cursor.After, size);
        if (!_run.Request.DryRun)
        {
            gateway.Delete(expired);
        }

        return Finish(expired, size, AdoptionSummary.EntityName, keptFrom, "deleted");
    }

    private EvaluationPageResult Finish(IReadOnlyList<Guid> expired, int size, string table, DateTime keptFrom, string done)
    {
        var cursor = _run.Cursor;
        var next = expired.Count == size ? cursor.Continue(expired[expired.Count - 1], cursor.SentSoFar) : cursor.NextPhase(true, cursor.SentSoFar);
        _run.Tracing.Trace(
            "Purge page of {0}: {1} rows dated before {2:yyyy-MM-dd} {3}.",
            table,
            expired.Count,
            keptFrom,
            _run.Request.DryRun ? "found (dry run: nothing deleted)" : done);
        return new EvaluationPageResult(next?.ToString(), 0, 0, 0, 0, expired.Count);
    }
}
