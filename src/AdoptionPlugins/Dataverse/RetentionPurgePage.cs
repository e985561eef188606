using System;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Runs;

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
        var cursor = _run.Cursor;
        var table = EvaluationCursor.PurgedBy(cursor.Phase) ?? throw new InvalidOperationException($"Phase {cursor.Phase} purges no table.");
        var keptFrom = new RetentionPlan(_run.Settings, _run.Today).KeptFrom(table);
        var size = PurgeBatch.Size(_run.Request.PageSize);
        var gateway = new AdoptionDataGateway(_run.Service);
        var expired = gateway.ReadExpired(table, keptFrom, cursor.After, size);
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

        var next = expired.Count == size ? cursor.Continue(expired[expired.Count - 1].Id, cursor.SentSoFar) : cursor.NextPhase(true, cursor.SentSoFar);
        _run.Tracing.Trace(
            "Purge page of {0}: {1} rows dated before {2:yyyy-MM-dd} {3}.",
            AdoptionDataGateway.EntityNameOf(table),
            expired.Count,
            keptFrom,
            _run.Request.DryRun ? "found (dry run: nothing deleted)" : table == AdoptionDataTable.Profiles ? "cleared of old activity dates" : "deleted");
        return new EvaluationPageResult(next?.ToString(), 0, 0, 0, 0, expired.Count);
    }
}
