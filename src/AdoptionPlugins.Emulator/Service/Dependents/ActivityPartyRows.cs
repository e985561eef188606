using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;

namespace AdoptionPlugins.Emulator.Service.Dependents;

// The parties of an activity's party-list columns (email from/to/cc/bcc, phone call from/to, appointment attendees) are
// also activityparty rows: activityid, partyid, participationtypemask, addressused (dataverse-facts 5.1). Queries on
// activityparty see them; a retrieve of the activity reads the same parties back from its row.
internal sealed class ActivityPartyRows
{
    private const string ActivityParty = "activityparty";

    private readonly InMemoryDatabase _database;
    private readonly TrackedWrites _writes;

    public ActivityPartyRows(InMemoryDatabase database, TrackedWrites writes)
    {
        _writes = writes;
        _database = database;
    }

    // A party that names a row must name an existing one, as any lookup must.
    public void Check(TableStore store, object?[] row)
    {
        foreach (var (_, parties) in PartyLists(store.Metadata, row))
        {
            foreach (var party in parties.Parties)
            {
                if (party.Party is { } reference && _database.Existing(reference.LogicalName)?.Contains(reference.Id) != true)
                {
                    throw Fault.DoesNotExist(reference.LogicalName, reference.Id);
                }
            }
        }
    }

    public void Created(TableStore store, Guid id, object?[] row)
    {
        if (_database.Existing(ActivityParty) is not { } rows)
        {
            return;
        }

        foreach (var (column, parties) in PartyLists(store.Metadata, row))
        {
            Insert(rows, id, column, parties);
        }
    }

    public void Updated(TableStore store, Guid id, object?[] current, object?[] row)
    {
        if (_database.Existing(ActivityParty) is not { } rows)
        {
            return;
        }

        var table = store.Metadata;
        foreach (var column in table.Columns.Where(c => c.Type == ColumnType.PartyList))
        {
            var ordinal = table.OrdinalOf(column.LogicalName);
            if (!ReferenceEquals(current[ordinal], row[ordinal]))
            {
                RemoveWhere(rows, id, column.ParticipationType);
                if (row[ordinal] is StoredPartyList parties)
                {
                    Insert(rows, id, column, parties);
                }
            }
        }
    }

    public void Deleted(TableStore store, Guid id)
    {
        if (store.Metadata.IsActivity && _database.Existing(ActivityParty) is { } rows)
        {
            RemoveWhere(rows, id, participationType: null);
        }
    }

    private static IEnumerable<(ColumnMetadata Column, StoredPartyList Parties)> PartyLists(TableMetadata table, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is StoredPartyList parties)
            {
                yield return (table.Columns[i], parties);
            }
        }
    }

    private void Insert(TableStore rows, Guid activityId, ColumnMetadata column, StoredPartyList parties)
    {
        var table = rows.Metadata;
        foreach (var party in parties.Parties)
        {
            var row = new object?[table.Columns.Count];
            row[rows.IdOrdinal] = party.ActivityPartyId;
            Set(table, row, "activityid", new StoredReference("activitypointer", activityId));
            Set(table, row, "partyid", party.Party);
            Set(table, row, "participationtypemask", column.ParticipationType is { } mask ? StoredValues.Box(mask) : null);
            Set(table, row, "addressused", party.AddressUsed);
            if (rows.VersionOrdinal >= 0)
            {
                row[rows.VersionOrdinal] = _database.NextVersion();
            }

            _writes.Insert(rows, party.ActivityPartyId, row);
        }
    }

    private void RemoveWhere(TableStore rows, Guid activityId, int? participationType)
    {
        var table = rows.Metadata;
        var maskOrdinal = table.OrdinalOf("participationtypemask");
        foreach (var partyId in rows.Lookup(table.OrdinalOf("activityid"), new StoredReference("activitypointer", activityId)).ToArray())
        {
            if (rows.TryGet(partyId, out var row) && (participationType is null || Equals(row[maskOrdinal], participationType)))
            {
                _writes.Remove(rows, partyId, row);
            }
        }
    }

    private static void Set(TableMetadata table, object?[] row, string column, object? value)
    {
        var ordinal = table.OrdinalOf(column);
        if (ordinal >= 0)
        {
            row[ordinal] = value;
        }
    }
}
