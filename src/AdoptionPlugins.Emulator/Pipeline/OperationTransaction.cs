using System.Collections.Generic;
using AdoptionPlugins.Emulator.Data;

namespace AdoptionPlugins.Emulator.Pipeline;

// The database transaction of one operation and every nested operation that joins it: the writes to undo if it fails, the system
// jobs to release if it commits, and whether a failed service call has already ended it (dataverse-facts 1.3, 1.6).
internal sealed class OperationTransaction
{
    private List<AsyncJob>? _jobs;

    public UndoLog Undo { get; } = new();

    public bool IsAborted { get; private set; }

    public void Abort() => IsAborted = true;

    // A job queued by a write that is later rolled back never runs (dataverse-facts 1.3).
    public void Queue(AsyncJob job) => (_jobs ??= []).Add(job);

    public void Commit(AsyncService asyncService)
    {
        Undo.Clear();
        if (_jobs is not null)
        {
            asyncService.Release(_jobs);
            _jobs = null;
        }
    }

    public void Rollback(InMemoryDatabase database)
    {
        Undo.Rollback(database);
        _jobs = null;
    }
}
