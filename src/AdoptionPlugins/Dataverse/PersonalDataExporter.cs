using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Privacy;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Exports one person's adoption data for a data subject request (dataverse-facts 7.2): every row of ours about them, table after
/// table, at most <see cref="PageRows"/> rows per page, with a cursor to the rest rather than a silent cut.
/// </summary>
public sealed class PersonalDataExporter
{
    /// <summary>Rows per page: at most one query per table, and a document of a few megabytes even with long message texts.</summary>
    public const int PageRows = 250;

    private const string Prefix = "adopt_";

    private static readonly HashSet<string> SystemColumns = new(StringComparer.Ordinal) { "createdon", "modifiedon" };

    private readonly AdoptionDataGateway _gateway;

    public PersonalDataExporter(AdoptionDataGateway gateway)
    {
        _gateway = gateway ?? throw new ArgumentNullException(nameof(gateway));
    }

    public PersonalDataPage ExportPage(PersonalDataCursor cursor, DateTime nowUtc)
    {
        _ = cursor ?? throw new ArgumentNullException(nameof(cursor));
        var rows = new List<PersonalDataRow>();
        PersonalDataCursor? position = cursor;
        while (position is not null && rows.Count < PageRows)
        {
            var wanted = PageRows - rows.Count;
            var read = _gateway.ReadOfPerson(position.Table, position.UserId, position.After, wanted, allColumns: true);
            rows.AddRange(read.Select(row => ToRow(position.Table, row)));
            position = read.Count == wanted ? new PersonalDataCursor(position.UserId, position.Table, read[read.Count - 1].Id) : position.NextOwnTable();
        }

        var next = position?.ToString();
        return new PersonalDataPage(next, rows.Count, PersonalDataJson.Write(cursor.UserId, nowUtc, rows, next));
    }

    // Our own columns by their name without the publisher prefix, and when the row was made and last changed; lookups as ids,
    // choices as their values (the table's metadata gives their labels).
    private static PersonalDataRow ToRow(AdoptionDataTable table, Entity row) => new(
        table,
        row.Id,
        row.Attributes
            .Where(column => (column.Key.StartsWith(Prefix, StringComparison.Ordinal) && column.Key != AdoptionDataGateway.PrimaryIdOf(table)) || SystemColumns.Contains(column.Key))
            .OrderBy(column => column.Key, StringComparer.Ordinal)
            .Select(column => new KeyValuePair<string, object?>(column.Key.StartsWith(Prefix, StringComparison.Ordinal) ? column.Key.Substring(Prefix.Length) : column.Key, Plain(column.Value)))
            .ToList());

    private static object? Plain(object? value) => value switch
    {
        EntityReference reference => reference.Id,
        OptionSetValue choice => choice.Value,
        Money money => money.Value,
        _ => value,
    };
}
