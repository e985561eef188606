using System;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>
/// Where an export or an erase of one person's data stands, as the opaque text the caller passes back: whose data, the table
/// being worked on and the last row done there (an erase needs none: what it deleted is gone from the next query).
/// </summary>
public sealed class PersonalDataCursor
{
    private const string Version = "1";
    private const char Separator = '|';

    public PersonalDataCursor(Guid userId, AdoptionDataTable table, Guid? after)
    {
        UserId = userId;
        Table = table;
        After = after == Guid.Empty ? null : after;
    }

    public Guid UserId { get; }

    public AdoptionDataTable Table { get; }

    /// <summary>The last row done in <see cref="Table"/>; null at its start.</summary>
    public Guid? After { get; }

    /// <summary>The first table after this one, or null when every table is done.</summary>
    public PersonalDataCursor? NextTable() => Table == AdoptionDataTable.Profiles ? null : new PersonalDataCursor(UserId, Table + 1, null);

    /// <summary>The first table after this one that holds the person's own rows, which an export reads; null after the last.</summary>
    public PersonalDataCursor? NextOwnTable() =>
        NextTable() is { Table: AdoptionDataTable.MessagesNamingThem or AdoptionDataTable.WinsNamingThem } next ? next.NextOwnTable() : NextTable();

    /// <summary>Reads a cursor a previous page returned for the same person; null or empty text starts at the first table.</summary>
    public static PersonalDataCursor Parse(string? text, Guid userId)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new PersonalDataCursor(userId, AdoptionDataTable.Signals, null);
        }

        var parts = text!.Trim().Split(Separator);
        if (parts.Length != 4 || parts[0] != Version
            || !Guid.TryParseExact(parts[1], "N", out var user)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var table) || !Enum.IsDefined(typeof(AdoptionDataTable), table)
            || !(parts[3].Length == 0 || Guid.TryParseExact(parts[3], "N", out _)))
        {
            throw new ArgumentException("The Cursor is not one this API returned; send the NextCursor of the previous page unchanged, or none to start.", nameof(text));
        }

        if (user != userId)
        {
            throw new ArgumentException("The Cursor belongs to another UserId; send the UserId it was made for, or no cursor to start for this user.", nameof(text));
        }

        return new PersonalDataCursor(user, (AdoptionDataTable)table, parts[3].Length == 0 ? null : Guid.ParseExact(parts[3], "N"));
    }

    public override string ToString() => string.Join(
        Separator.ToString(),
        Version,
        UserId.ToString("N", CultureInfo.InvariantCulture),
        ((int)Table).ToString(CultureInfo.InvariantCulture),
        After?.ToString("N", CultureInfo.InvariantCulture) ?? string.Empty);
}
