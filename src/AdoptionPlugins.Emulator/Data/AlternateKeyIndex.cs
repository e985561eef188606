using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;

namespace AdoptionPlugins.Emulator.Data;

// The unique index behind one alternate key. Like the platform's, it exists only once its build has run (dataverse-facts 4.1).
internal sealed class AlternateKeyIndex
{
    private readonly Dictionary<object[], Guid> _unique = new(TupleComparer.Instance);
    private readonly TableMetadata _table;

    public AlternateKeyIndex(TableMetadata table, AlternateKeyMetadata key, DateTime activateAt)
    {
        _table = table;
        Key = key;
        Ordinals = key.Columns.Select(table.OrdinalOf).ToArray();
        ActivateAt = activateAt;
    }

    public AlternateKeyMetadata Key { get; }

    public int[] Ordinals { get; }

    public DateTime ActivateAt { get; }

    public KeyIndexStatus Status { get; private set; } = KeyIndexStatus.Pending;

    public bool IsActive => Status == KeyIndexStatus.Active;

    // Rows with a null key column stay out of the index (UNVERIFIED: the platform's index filter on nulls is not documented).
    public object[]? TupleOf(object?[] row)
    {
        var tuple = new object[Ordinals.Length];
        for (var i = 0; i < Ordinals.Length; i++)
        {
            if (row[Ordinals[i]] is not { } value)
            {
                return null;
            }

            tuple[i] = StoredValues.IndexKey(value);
        }

        return tuple;
    }

    public bool TryFind(object[] tuple, out Guid id) => _unique.TryGetValue(tuple, out id);

    public void EnsureUnique(object?[] row, Guid id)
    {
        if (IsActive && TupleOf(row) is { } tuple && _unique.TryGetValue(tuple, out var existing) && existing != id)
        {
            throw Fault.Create(
                ErrorCodes.DuplicateRecordEntityKey,
                $"Entity Key {Key.Name} violated. A record with the same value for {string.Join(",", Key.Columns)} already exists. A duplicate record cannot be created. Select one or more unique values and try again.");
        }
    }

    public void Add(object?[] row, Guid id)
    {
        if (IsActive && TupleOf(row) is { } tuple)
        {
            _unique[tuple] = id;
        }
    }

    public void Remove(object?[] row, Guid id)
    {
        if (IsActive && TupleOf(row) is { } tuple && _unique.TryGetValue(tuple, out var existing) && existing == id)
        {
            _unique.Remove(tuple);
        }
    }

    // A build over rows that already hold duplicates fails, as the platform's index job does.
    public void Build(IEnumerable<KeyValuePair<Guid, object?[]>> rows)
    {
        if (Status != KeyIndexStatus.Pending)
        {
            return;
        }

        _unique.Clear();
        foreach (var (id, row) in rows)
        {
            if (TupleOf(row) is { } tuple && !_unique.TryAdd(tuple, id))
            {
                _unique.Clear();
                Status = KeyIndexStatus.Failed;
                return;
            }
        }

        Status = KeyIndexStatus.Active;
    }

    public override string ToString() => $"{_table.LogicalName}.{Key.Name} ({Status})";

    private sealed class TupleComparer : IEqualityComparer<object[]>
    {
        public static readonly TupleComparer Instance = new();

        public bool Equals(object[]? x, object[]? y) =>
            x is not null && y is not null && x.Length == y.Length && x.Zip(y).All(p => StoredValues.KeyComparer.Equals(p.First, p.Second));

        public int GetHashCode(object[] obj)
        {
            var hash = default(HashCode);
            foreach (var value in obj)
            {
                hash.Add(StoredValues.KeyComparer.GetHashCode(value));
            }

            return hash.ToHashCode();
        }
    }
}
