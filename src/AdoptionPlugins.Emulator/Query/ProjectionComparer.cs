using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Data;

namespace AdoptionPlugins.Emulator.Query;

// Equality of value tuples (distinct projections, aggregate group keys) with the store's collation; two nulls are equal.
internal sealed class ProjectionComparer : IEqualityComparer<object?[]>
{
    public static readonly ProjectionComparer Instance = new();

    public bool Equals(object?[]? x, object?[]? y) =>
        x is not null && y is not null && x.Length == y.Length
        && x.Zip(y).All(p => (p.First is null && p.Second is null) || StoredValues.AreEqual(p.First, p.Second));

    public int GetHashCode(object?[] obj)
    {
        var hash = default(HashCode);
        foreach (var value in obj)
        {
            hash.Add(value is null ? 0 : StoredValues.KeyComparer.GetHashCode(value));
        }

        return hash.ToHashCode();
    }
}
