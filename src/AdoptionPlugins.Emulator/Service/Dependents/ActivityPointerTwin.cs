using System;
using System.Runtime.CompilerServices;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;

namespace AdoptionPlugins.Emulator.Service.Dependents;

// Every activity row has an activitypointer row with the same activityid, activitytypecode = the concrete table's logical
// name and the common columns (dataverse-facts 5.1); updates and deletes keep it in step. Whether activitypointer.statuscode
// carries the concrete table's status reason or the pointer's own four values is UNVERIFIED: the concrete value is copied.
internal sealed class ActivityPointerTwin
{
    private const string Pointer = "activitypointer";
    private const string TypeCode = "activitytypecode";

    // Per concrete table: which of its columns feeds each pointer column (-1 for none). Weak keys: catalogs come and go with tests.
    private static readonly ConditionalWeakTable<TableMetadata, ColumnMap> Maps = [];

    private readonly InMemoryDatabase _database;
    private readonly TrackedWrites _writes;

    public ActivityPointerTwin(InMemoryDatabase database, TrackedWrites writes)
    {
        _writes = writes;
        _database = database;
    }

    public void Created(TableStore store, Guid id, object?[] row)
    {
        if (PointerFor(store) is not { } pointer)
        {
            return;
        }

        // activityid is unique across all activity tables, not only within one.
        if (pointer.Contains(id))
        {
            throw Fault.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key. An activity with id {id} already exists.");
        }

        _writes.Insert(pointer, id, TwinOf(store, pointer, id, row));
    }

    public void Updated(TableStore store, Guid id, object?[] row)
    {
        if (PointerFor(store) is not { } pointer)
        {
            return;
        }

        var twin = TwinOf(store, pointer, id, row);
        if (pointer.TryGet(id, out var current))
        {
            _writes.Replace(pointer, id, current, twin);
        }
        else
        {
            _writes.Insert(pointer, id, twin);
        }
    }

    public void Deleted(TableStore store, Guid id)
    {
        if (PointerFor(store) is { } pointer && pointer.TryGet(id, out var current))
        {
            _writes.Remove(pointer, id, current);
        }
    }

    private TableStore? PointerFor(TableStore store) =>
        store.Metadata.IsActivity && store.Metadata.LogicalName != Pointer ? _database.Existing(Pointer) : null;

    private object?[] TwinOf(TableStore store, TableStore pointer, Guid id, object?[] row)
    {
        var map = MapOf(store.Metadata, pointer.Metadata);
        var twin = new object?[map.Length];
        for (var i = 0; i < map.Length; i++)
        {
            twin[i] = map[i] >= 0 ? row[map[i]] : null;
        }

        twin[pointer.IdOrdinal] = id;
        twin[pointer.Metadata.OrdinalOf(TypeCode)] = store.Metadata.LogicalName;
        if (pointer.VersionOrdinal >= 0)
        {
            twin[pointer.VersionOrdinal] = _database.NextVersion();
        }

        return twin;
    }

    private static int[] MapOf(TableMetadata concrete, TableMetadata pointer)
    {
        if (Maps.TryGetValue(concrete, out var cached) && ReferenceEquals(cached.Pointer, pointer))
        {
            return cached.Ordinals;
        }

        var ordinals = new int[pointer.Columns.Count];
        for (var i = 0; i < ordinals.Length; i++)
        {
            var column = pointer.Columns[i];
            var source = concrete.FindColumn(column.LogicalName);
            ordinals[i] = source is not null && source.Type == column.Type && column.LogicalName != SystemColumns.VersionNumber
                ? concrete.OrdinalOf(column.LogicalName)
                : -1;
        }

        Maps.AddOrUpdate(concrete, new ColumnMap(pointer, ordinals));
        return ordinals;
    }

    private sealed record ColumnMap(TableMetadata Pointer, int[] Ordinals);
}
