using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads typed column values from a row, failing with the table, row and column named when a value has the wrong type.</summary>
public static class ColumnReader
{
    public static T? Get<T>(Entity row, string column)
        where T : class
    {
        _ = row ?? throw new ArgumentNullException(nameof(row));
        if (!row.Attributes.TryGetValue(column, out var value) || value is null)
        {
            return null;
        }

        return value as T ?? throw WrongType(row, column, value, typeof(T));
    }

    public static TValue? GetValue<TValue>(Entity row, string column)
        where TValue : struct
    {
        _ = row ?? throw new ArgumentNullException(nameof(row));
        if (!row.Attributes.TryGetValue(column, out var value) || value is null)
        {
            return null;
        }

        return value is TValue typed ? typed : throw WrongType(row, column, value, typeof(TValue));
    }

    /// <summary>A choice's value, whether it arrives as an OptionSetValue (SDK) or a plain number.</summary>
    public static int? GetChoice(Entity row, string column)
    {
        _ = row ?? throw new ArgumentNullException(nameof(row));
        if (!row.Attributes.TryGetValue(column, out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            OptionSetValue option => option.Value,
            int number => number,
            _ => throw WrongType(row, column, value, typeof(OptionSetValue)),
        };
    }

    public static DateTime? GetUtc(Entity row, string column) =>
        GetValue<DateTime>(row, column) is { } time ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : null;

    private static InvalidOperationException WrongType(Entity row, string column, object value, Type expected) =>
        new($"Column {column} of {row.LogicalName} {row.Id} holds a {value.GetType().Name}, not the {expected.Name} it should.");
}
