using System;
using System.Collections.Generic;
using AdoptionPlugins.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Data;

// Rows the platform writes for itself, such as system jobs: no lookup-target or required-column checks (a job may regard any
// table, even a row just deleted), stamped with the system columns like any other row.
internal sealed class SystemRows
{
    private readonly InMemoryDatabase _database;

    public SystemRows(InMemoryDatabase database)
    {
        _database = database;
    }

    public void Insert(string tableLogicalName, Guid id, Guid byUserId, IReadOnlyList<KeyValuePair<string, object?>> values, UndoLog? undo)
    {
        var store = Resolve(tableLogicalName);
        var table = store.Metadata;
        var row = new object?[table.Columns.Count];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = table.Columns[i].DefaultValue;
        }

        var by = new StoredReference("systemuser", byUserId);
        var now = _database.Clock.UtcNow;
        row[store.IdOrdinal] = id;
        Set(table, row, SystemColumns.CreatedOn, now);
        Set(table, row, SystemColumns.ModifiedOn, now);
        Set(table, row, SystemColumns.CreatedBy, by);
        Set(table, row, SystemColumns.ModifiedBy, by);
        Set(table, row, SystemColumns.OwnerId, by);
        foreach (var (column, value) in values)
        {
            Set(table, row, column, Stored(value));
        }

        _database.Lock.EnterWriteLock();
        try
        {
            Set(table, row, SystemColumns.OwningBusinessUnit, BusinessUnitOf(byUserId));
            row[store.VersionOrdinal] = _database.NextVersion();
            store.Insert(id, row);
            undo?.Inserted(store, id, row);
        }
        finally
        {
            _database.Lock.ExitWriteLock();
        }
    }

    // False when the row is gone (deleted by a test, or never committed).
    public bool Update(string tableLogicalName, Guid id, IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        var store = Resolve(tableLogicalName);
        var table = store.Metadata;
        _database.Lock.EnterWriteLock();
        try
        {
            if (!store.TryGet(id, out var current))
            {
                return false;
            }

            var row = (object?[])current.Clone();
            foreach (var (column, value) in values)
            {
                Set(table, row, column, Stored(value));
            }

            Set(table, row, SystemColumns.ModifiedOn, _database.Clock.UtcNow);
            row[store.VersionOrdinal] = _database.NextVersion();
            store.Replace(id, current, row);
            return true;
        }
        finally
        {
            _database.Lock.ExitWriteLock();
        }
    }

    public bool Delete(string tableLogicalName, Guid id)
    {
        var store = Resolve(tableLogicalName);
        _database.Lock.EnterWriteLock();
        try
        {
            if (!store.TryGet(id, out var row))
            {
                return false;
            }

            store.Remove(id, row);
            return true;
        }
        finally
        {
            _database.Lock.ExitWriteLock();
        }
    }

    public object? Read(string tableLogicalName, Guid id, string column)
    {
        var store = Resolve(tableLogicalName);
        var ordinal = store.Metadata.OrdinalOf(column);
        _database.Lock.EnterReadLock();
        try
        {
            return ordinal >= 0 && store.TryGet(id, out var row) ? row[ordinal] : null;
        }
        finally
        {
            _database.Lock.ExitReadLock();
        }
    }

    private static object? Stored(object? value) => value switch
    {
        EntityReference reference => new StoredReference(reference.LogicalName, reference.Id),
        OptionSetValue option => StoredValues.Box(option.Value),
        int number => StoredValues.Box(number),
        bool flag => StoredValues.Box(flag),
        _ => value,
    };

    private static void Set(TableMetadata table, object?[] row, string column, object? value)
    {
        var ordinal = table.OrdinalOf(column);
        if (ordinal >= 0)
        {
            row[ordinal] = value;
        }
    }

    private TableStore Resolve(string tableLogicalName) =>
        _database.TryResolve(tableLogicalName, out var store)
            ? store
            : throw new InvalidOperationException($"The emulator's catalog has no '{tableLogicalName}' table, which the platform writes to.");

    private StoredReference? BusinessUnitOf(Guid userId)
    {
        var users = _database.Existing("systemuser");
        var ordinal = users?.Metadata.OrdinalOf("businessunitid") ?? -1;
        return ordinal >= 0 && users!.TryGet(userId, out var user) ? user[ordinal] as StoredReference : null;
    }
}
