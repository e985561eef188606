using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;

namespace AdoptionPlugins.Emulator.Service.Dependents;

// Every user has a usersettings row keyed by the user's id; its timezonecode decides the user's local day (dataverse-facts 4.8).
// New users start with the organization's default time zone (EmulatorOptions.DefaultTimeZoneCode).
internal sealed class UserSettingsRows
{
    private const string User = "systemuser";
    private const string Settings = "usersettings";

    private readonly InMemoryDatabase _database;
    private readonly TrackedWrites _writes;

    public UserSettingsRows(InMemoryDatabase database, TrackedWrites writes)
    {
        _writes = writes;
        _database = database;
    }

    public void Created(TableStore store, Guid id, object?[] user)
    {
        if (store.Metadata.LogicalName != User || _database.Existing(Settings) is not { } settings || settings.Contains(id))
        {
            return;
        }

        var table = settings.Metadata;
        var row = new object?[table.Columns.Count];
        foreach (var column in table.Columns)
        {
            row[table.OrdinalOf(column.LogicalName)] = column.DefaultValue;
        }

        row[settings.IdOrdinal] = id;
        Copy(store.Metadata, user, table, row, "businessunitid");
        Copy(store.Metadata, user, table, row, SystemColumns.CreatedOn, SystemColumns.ModifiedOn);
        Copy(store.Metadata, user, table, row, SystemColumns.CreatedOn, SystemColumns.CreatedOn);
        Copy(store.Metadata, user, table, row, SystemColumns.CreatedBy, SystemColumns.CreatedBy);
        Copy(store.Metadata, user, table, row, SystemColumns.CreatedBy, SystemColumns.ModifiedBy);
        var timeZone = table.OrdinalOf("timezonecode");
        if (timeZone >= 0)
        {
            row[timeZone] = StoredValues.Box(_database.Options.DefaultTimeZoneCode);
        }

        if (settings.VersionOrdinal >= 0)
        {
            row[settings.VersionOrdinal] = _database.NextVersion();
        }

        _writes.Insert(settings, id, row);
    }

    public void Deleted(TableStore store, Guid id)
    {
        if (store.Metadata.LogicalName == User && _database.Existing(Settings) is { } settings && settings.TryGet(id, out var row))
        {
            _writes.Remove(settings, id, row);
        }
    }

    private static void Copy(TableMetadata fromTable, object?[] from, TableMetadata toTable, object?[] to, string column, string? into = null)
    {
        var source = fromTable.OrdinalOf(column);
        var target = toTable.OrdinalOf(into ?? column);
        if (source >= 0 && target >= 0)
        {
            to[target] = from[source];
        }
    }
}
