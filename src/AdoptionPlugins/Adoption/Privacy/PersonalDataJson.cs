using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>
/// Writes one page of a person's adoption data as a JSON document a person can read: tables and columns by name, dates in ISO
/// 8601. Written by hand because the plugin may not depend on System.Text.Json (dataverse-facts 1.1).
/// </summary>
public static class PersonalDataJson
{
    public static string Write(Guid userId, DateTime exportedOnUtc, IEnumerable<PersonalDataRow> rows, string? nextCursor)
    {
        var json = new StringBuilder();
        json.Append("{\"userId\":").Append(Value(userId))
            .Append(",\"exportedOn\":").Append(Value(DateTime.SpecifyKind(exportedOnUtc, DateTimeKind.Utc)))
            .Append(",\"nextCursor\":").Append(Value(nextCursor))
            .Append(",\"tables\":{");
        var tables = (rows ?? throw new ArgumentNullException(nameof(rows))).GroupBy(row => row.Table).OrderBy(group => group.Key).ToList();
        for (var index = 0; index < tables.Count; index++)
        {
            json.Append(index == 0 ? string.Empty : ",").Append(Text(TableName(tables[index].Key))).Append(":[");
            json.Append(string.Join(",", tables[index].Select(Object)));
            json.Append(']');
        }

        return json.Append("}}").ToString();
    }

    /// <summary>"activityDays": the table's name in the export.</summary>
    public static string TableName(AdoptionDataTable table)
    {
        var name = table.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    private static string Object(PersonalDataRow row) =>
        "{\"id\":" + Value(row.Id) + string.Concat(row.Fields.Select(field => "," + Text(field.Key) + ":" + Value(field.Value))) + "}";

    private static string Value(object? value) => value switch
    {
        null => "null",
        string text => Text(text),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        Guid id => Text(id.ToString("D", CultureInfo.InvariantCulture)),
        DateTime { Kind: not DateTimeKind.Utc, TimeOfDay.Ticks: 0 } day => Text(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime stamp => Text(stamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static string Text(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var character in text)
        {
            switch (character)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                default:
                    if (character < ' ')
                    {
                        json.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(character);
                    }

                    break;
            }
        }

        return json.Append('"').ToString();
    }
}
