using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Data;

// The row changes of one open transaction, oldest first, so a failed operation can put every row back (dataverse-facts 1.3, 9.3).
// Entries are recorded under the database write lock by the one thread that runs the transaction; the global lock is never held
// across plugin code, so rows are not locked the way SQL Server locks them (pinned in EmulatorKnownLimitationsTests).
internal sealed class UndoLog
{
    private List<Entry>? _entries;

    public int Count => _entries?.Count ?? 0;

    public void Inserted(TableStore store, Guid id, object?[] row) => (_entries ??= []).Add(new Entry(store, id, null, row));

    public void Replaced(TableStore store, Guid id, object?[] before, object?[] after) => (_entries ??= []).Add(new Entry(store, id, before, after));

    public void Removed(TableStore store, Guid id, object?[] before) => (_entries ??= []).Add(new Entry(store, id, before, null));

    // Newest first. A row another caller replaced after us keeps that caller's version: no committed write is ever lost.
    public void Rollback(InMemoryDatabase database)
    {
        if (_entries is null)
        {
            return;
        }

        database.Lock.EnterWriteLock();
        try
        {
            for (var i = _entries.Count - 1; i >= 0; i--)
            {
                Undo(_entries[i]);
            }
        }
        finally
        {
            database.Lock.ExitWriteLock();
        }

        _entries = null;
    }

    public void Clear() => _entries = null;

    private static void Undo(Entry entry)
    {
        var store = entry.Store;
        var exists = store.TryGet(entry.Id, out var current);
        switch (entry)
        {
            case { Before: null } when exists && ReferenceEquals(current, entry.After):
                store.Remove(entry.Id, current);
                break;
            case { Before: { } before, After: { } after } when exists && ReferenceEquals(current, after):
                store.Replace(entry.Id, after, before);
                break;
            case { Before: { } before, After: null } when !exists:
                store.Insert(entry.Id, before);
                break;
        }
    }

    private readonly record struct Entry(TableStore Store, Guid Id, object?[]? Before, object?[]? After);
}
