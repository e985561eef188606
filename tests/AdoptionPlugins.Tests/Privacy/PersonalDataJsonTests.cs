using System;
using System.Collections.Generic;
using System.Text.Json;
using AdoptionPlugins.Adoption.Privacy;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

public class PersonalDataJsonTests
{
    private static readonly Guid Person = new("5a0c3d1e-2b4f-4a6e-9c8d-7e6f5a4b3c2d");
    private static readonly DateTime Now = new(2026, 3, 2, 6, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TextWithQuotesBreaksAndControlCharacters_ReadsBackUnchanged()
    {
        const string Awkward = "Say \"hi\"\\ to\nMüller\t\u0001";

        var json = PersonalDataJson.Write(Person, Now, [Row(AdoptionDataTable.MessageLog, "body", Awkward)], null);

        Assert.Equal(Awkward, JsonDocument.Parse(json).RootElement.GetProperty("tables").GetProperty("messageLog")[0].GetProperty("body").GetString());
    }

    [Fact]
    public void DateOnlyAndUtcStamp_AreWrittenInIso8601()
    {
        var rows = new[] { Row(AdoptionDataTable.ActivityDays, "day", new DateTime(2026, 2, 27)), Row(AdoptionDataTable.Signals, "occurredon", new DateTime(2026, 2, 27, 12, 0, 0, DateTimeKind.Utc)) };

        var root = JsonDocument.Parse(PersonalDataJson.Write(Person, Now, rows, "next")).RootElement;

        Assert.Equal("2026-02-27", root.GetProperty("tables").GetProperty("activityDays")[0].GetProperty("day").GetString());
        Assert.Equal("2026-02-27T12:00:00Z", root.GetProperty("tables").GetProperty("signals")[0].GetProperty("occurredon").GetString());
        Assert.Equal(("2026-03-02T06:00:00Z", "next"), (root.GetProperty("exportedOn").GetString(), root.GetProperty("nextCursor").GetString()));
    }

    [Fact]
    public void NumbersFlagsIdsAndNulls_KeepTheirJsonTypes()
    {
        var fields = new List<KeyValuePair<string, object?>> { new("count", 3), new("vip", true), new("userid", Person), new("reason", null), new("amount", 12.5m) };

        var row = JsonDocument.Parse(PersonalDataJson.Write(Person, Now, [new PersonalDataRow(AdoptionDataTable.Profiles, Person, fields)], null)).RootElement.GetProperty("tables").GetProperty("profiles")[0];

        Assert.Equal((3, true, Person, JsonValueKind.Null, 12.5m), (row.GetProperty("count").GetInt32(), row.GetProperty("vip").GetBoolean(), row.GetProperty("userid").GetGuid(), row.GetProperty("reason").ValueKind, row.GetProperty("amount").GetDecimal()));
    }

    private static PersonalDataRow Row(AdoptionDataTable table, string name, object value) => new(table, Guid.NewGuid(), [new KeyValuePair<string, object?>(name, value)]);
}
