using System;

namespace AdoptionPlugins.Emulator.Data;

// Store writes that are also recorded in the open transaction's undo log, for rows the platform writes alongside the row a
// caller wrote (the activitypointer twin, activity parties, usersettings): a rolled-back operation takes them back too.
internal sealed class TrackedWrites(UndoLog? undo)
{
    public void Insert(TableStore store, Guid id, object?[] row)
    {
        store.Insert(id, row);
        undo?.Inserted(store, id, row);
    }

    public void Replace(TableStore store, Guid id, object?[] before, object?[] after)
    {
        store.Replace(id, before, after);
        undo?.Replaced(store, id, before, after);
    }

    public void Remove(TableStore store, Guid id, object?[] before)
    {
        store.Remove(id, before);
        undo?.Removed(store, id, before);
    }
}
