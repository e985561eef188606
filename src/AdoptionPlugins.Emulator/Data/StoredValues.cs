using System;
using System.Collections.Generic;
using System.Globalization;

namespace AdoptionPlugins.Emulator.Data;

// Equality and ordering of stored values with SQL Server's semantics under Dataverse's default collation (case- and accent-insensitive).
internal static class StoredValues
{
    public const CompareOptions TextOptions = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth;

    public static readonly object True = true;
    public static readonly object False = false;

    private static readonly object[] SmallInts = CreateSmallInts();

    public static StringComparer TextComparer { get; } = CultureInfo.InvariantCulture.CompareInfo.GetStringComparer(TextOptions);

    public static IEqualityComparer<object> KeyComparer { get; } = new IndexKeyComparer();

    public static object Box(bool value) => value ? True : False;

    public static object Box(int value) => value is >= -1 and < 1023 ? SmallInts[value + 1] : value;

    // What an equality index is keyed by: a lookup by its id, anything else by its stored value.
    public static object IndexKey(object value) => value is StoredReference reference ? reference.Id : value;

    public static bool AreEqual(object? left, object? right) => Compare(left, right) == 0;

    // Null when the values are not comparable (either is null, or the types differ): SQL's "unknown".
    public static int? Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        left = IndexKey(left);
        right = IndexKey(right);
        return (left, right) switch
        {
            (string a, string b) => TextComparer.Compare(a, b),
            (Guid a, Guid b) => a.CompareTo(b),
            (DateTime a, DateTime b) => a.Ticks.CompareTo(b.Ticks),
            (bool a, bool b) => a.CompareTo(b),
            (double a, _) when IsNumber(right) => a.CompareTo(Convert.ToDouble(right, CultureInfo.InvariantCulture)),
            (_, double b) when IsNumber(left) => Convert.ToDouble(left, CultureInfo.InvariantCulture).CompareTo(b),
            _ when IsNumber(left) && IsNumber(right) => Convert.ToDecimal(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(right, CultureInfo.InvariantCulture)),
            _ => null,
        };
    }

    private static bool IsNumber(object value) => value is int or long or decimal or double;

    private static object[] CreateSmallInts()
    {
        var boxes = new object[1024];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i - 1;
        }

        return boxes;
    }

    private sealed class IndexKeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => Compare(x, y) == 0;

        public int GetHashCode(object obj) => IndexKey(obj) switch
        {
            string text => TextComparer.GetHashCode(text),
            int number => ((decimal)number).GetHashCode(),
            long number => ((decimal)number).GetHashCode(),
            var other => other.GetHashCode(),
        };
    }
}
