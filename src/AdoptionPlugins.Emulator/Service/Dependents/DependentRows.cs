using System;
using AdoptionPlugins.Emulator.Data;

namespace AdoptionPlugins.Emulator.Service.Dependents;

// The rows the platform writes alongside a row written through the service: the activitypointer twin and activityparty rows
// of an activity, the usersettings row of a new user; and the columns it derives on the row itself (a user's fullname). Called under the write lock just before the row itself is stored,
// so a fault here leaves nothing written. Writes to the tables only the platform writes are refused earlier (PlatformOnlyTables).
internal sealed class DependentRows
{
    private readonly ActivityPointerTwin _twin;
    private readonly ActivityPartyRows _parties;
    private readonly UserSettingsRows _settings;

    public DependentRows(InMemoryDatabase database, UndoLog? undo)
    {
        var writes = new TrackedWrites(undo);
        _twin = new ActivityPointerTwin(database, writes);
        _parties = new ActivityPartyRows(database, writes);
        _settings = new UserSettingsRows(database, writes);
    }

    public void Creating(TableStore store, Guid id, object?[] row)
    {
        CreatedOnOverride.Apply(store, row);
        UserFullName.Compose(store, row);
        _parties.Check(store, row);
        _twin.Created(store, id, row);
        _parties.Created(store, id, row);
        _settings.Created(store, id, row);
    }

    public void Updating(TableStore store, Guid id, object?[] current, object?[] row)
    {
        UserFullName.Compose(store, row);
        _parties.Check(store, row);
        _twin.Updated(store, id, row);
        _parties.Updated(store, id, current, row);
    }

    public void Deleting(TableStore store, Guid id)
    {
        _twin.Deleted(store, id);
        _parties.Deleted(store, id);
        _settings.Deleted(store, id);
    }
}
