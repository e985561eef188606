using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Metadata;

namespace AdoptionPlugins.Emulator.Data;

// The rows of one table, one object?[] per row indexed by column ordinal, with equality indexes on lookup and key columns.
// Callers hold the database lock; rows are replaced, never changed in place, so a row array read under the lock stays consistent.
internal sealed class TableStore
{
    private static readonly HashSet<Guid> NoIds = [];

    private readonly Dictionary<Guid, object?[]> _rows = [];
    private readonly Dictionary<object, HashSet<Guid>>?[] _indexes;

    public TableStore(TableMetadata metadata, DateTime keysActivateAt)
    {
        Metadata = metadata;
        IdOrdinal = metadata.OrdinalOf(metadata.PrimaryIdColumn);
        VersionOrdinal = metadata.OrdinalOf(SystemColumns.VersionNumber);
        Keys = metadata.AlternateKeys.Select(k => new AlternateKeyIndex(metadata, k, keysActivateAt)).ToArray();
        var keyColumns = metadata.AlternateKeys.SelectMany(k => k.Columns).ToHashSet(StringComparer.Ordinal);
        _indexes = metadata.Columns
            .Select(c => c.IsLookup || keyColumns.Contains(c.LogicalName) ? new Dictionary<object, HashSet<Guid>>(StoredValues.KeyComparer) : null)
            .ToArray();
    }

    public TableMetadata Metadata { get; }

    public int IdOrdinal { get; }

    public int VersionOrdinal { get; }

    public IReadOnlyList<AlternateKeyIndex> Keys { get; }

    public int Count => _rows.Count;

    public IEnumerable<KeyValuePair<Guid, object?[]>> Entries => _rows;

    public IEnumerable<object?[]> Rows => _rows.Values;

    public bool Contains(Guid id) => _rows.ContainsKey(id);

    public bool TryGet(Guid id, out object?[] row) => _rows.TryGetValue(id, out row!);

    public bool IsIndexed(int ordinal) => ordinal >= 0 && _indexes[ordinal] is not null;

    public IReadOnlyCollection<Guid> Lookup(int ordinal, object value) =>
        _indexes[ordinal] is { } index && index.TryGetValue(StoredValues.IndexKey(value), out var ids) ? ids : NoIds;

    public void EnsureUnique(object?[] row, Guid id)
    {
        foreach (var key in Keys)
        {
            key.EnsureUnique(row, id);
        }
    }

    public void Insert(Guid id, object?[] row)
    {
        _rows.Add(id, row);
        for (var i = 0; i < _indexes.Length; i++)
        {
            AddToIndex(i, row[i], id);
        }

        foreach (var key in Keys)
        {
            key.Add(row, id);
        }
    }

    public void Replace(Guid id, object?[] oldRow, object?[] newRow)
    {
        for (var i = 0; i < _indexes.Length; i++)
        {
            if (!ReferenceEquals(oldRow[i], newRow[i]))
            {
                RemoveFromIndex(i, oldRow[i], id);
                AddToIndex(i, newRow[i], id);
            }
        }

        foreach (var key in Keys)
        {
            key.Remove(oldRow, id);
            key.Add(newRow, id);
        }

        _rows[id] = newRow;
    }

    public void Remove(Guid id, object?[] row)
    {
        _rows.Remove(id);
        for (var i = 0; i < _indexes.Length; i++)
        {
            RemoveFromIndex(i, row[i], id);
        }

        foreach (var key in Keys)
        {
            key.Remove(row, id);
        }
    }

    public void BuildKeys(DateTime now, bool force)
    {
        foreach (var key in Keys.Where(k => k.Status == KeyIndexStatus.Pending && (force || now >= k.ActivateAt)))
        {
            key.Build(_rows);
        }
    }

    public bool HasDueKeys(DateTime now) => Keys.Any(k => k.Status == KeyIndexStatus.Pending && now >= k.ActivateAt);

    private void AddToIndex(int ordinal, object? value, Guid id)
    {
        if (value is null || _indexes[ordinal] is not { } index)
        {
            return;
        }

        var key = StoredValues.IndexKey(value);
        if (!index.TryGetValue(key, out var ids))
        {
            ids = [];
            index.Add(key, ids);
        }

        ids.Add(id);
    }

    private void RemoveFromIndex(int ordinal, object? value, Guid id)
    {
        if (value is null || _indexes[ordinal] is not { } index)
        {
            return;
        }

        var key = StoredValues.IndexKey(value);
        if (index.TryGetValue(key, out var ids) && ids.Remove(id) && ids.Count == 0)
        {
            index.Remove(key);
        }
    }
}
