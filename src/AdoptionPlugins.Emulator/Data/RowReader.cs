using System;
using System.Globalization;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Data;

// Turns stored rows into fresh SDK entities; callers hold the read lock. Nothing handed out shares state with the store.
internal sealed class RowReader
{
    private readonly InMemoryDatabase _database;

    public RowReader(InMemoryDatabase database)
    {
        _database = database;
    }

    public static int[] Ordinals(TableMetadata table, ColumnSet? columns)
    {
        if (columns is null)
        {
            return [];
        }

        if (columns.AllColumns)
        {
            var all = new int[table.Columns.Count];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = i;
            }

            return all;
        }

        var ordinals = new int[columns.Columns.Count];
        for (var i = 0; i < ordinals.Length; i++)
        {
            var name = columns.Columns[i];
            ordinals[i] = table.OrdinalOf(name);
            if (ordinals[i] < 0)
            {
                throw Fault.UnknownColumn(table.LogicalName, name);
            }
        }

        return ordinals;
    }

    // Only non-null columns come back, plus the primary id, which Retrieve and RetrieveMultiple always include.
    public Entity Read(TableStore store, object?[] row, int[] ordinals)
    {
        var table = store.Metadata;
        var id = (Guid)row[store.IdOrdinal]!;
        var entity = new Entity(table.LogicalName, id);
        entity.Attributes[table.PrimaryIdColumn] = id;
        foreach (var ordinal in ordinals)
        {
            if (row[ordinal] is { } value)
            {
                entity.Attributes[table.Columns[ordinal].LogicalName] = ToSdk(table.Columns[ordinal], value);
            }
        }

        if (store.VersionOrdinal >= 0 && row[store.VersionOrdinal] is long version)
        {
            entity.RowVersion = version.ToString(CultureInfo.InvariantCulture);
        }

        return entity;
    }

    public object? ToSdk(ColumnMetadata column, object? value) => ColumnValues.ToSdk(column, value, NameOf);

    // The platform fills EntityReference.Name with the target's primary name.
    private string? NameOf(StoredReference reference)
    {
        var store = _database.Existing(reference.LogicalName);
        if (store?.Metadata.PrimaryNameColumn is not { } nameColumn || !store.TryGet(reference.Id, out var row))
        {
            return null;
        }

        return row[store.Metadata.OrdinalOf(nameColumn)] as string;
    }
}
