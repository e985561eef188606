using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Metadata;

/// <summary>Valid rows for the capture tables as solution/ defines them: a phone call logged now, and a user's day.</summary>
public static class ASignal
{
    public const string Table = "adopt_activitysignal";
    public const string DayTable = "adopt_activityday";
    public const int PhoneCall = 618370001;
    public const int Logged = 618370000;

    public static Entity For(EntityReference user) => new(Table)
    {
        ["adopt_name"] = "Phone call logged",
        ["adopt_userid"] = user,
        ["adopt_kind"] = new OptionSetValue(PhoneCall),
        ["adopt_event"] = new OptionSetValue(Logged),
        ["adopt_occurredon"] = new DateTime(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc),
        ["adopt_sourcetable"] = "phonecall",
        ["adopt_sourcekey"] = $"phonecall:{Guid.NewGuid()}:logged",
    };

    public static Entity DayOf(EntityReference user, DateTime day) => new(DayTable)
    {
        ["adopt_name"] = "Ada Lovelace, 2026-11-25",
        ["adopt_userid"] = user,
        ["adopt_day"] = day,
        ["adopt_totalcount"] = 1,
    };

    public static Entity With(this Entity row, string column, object? value)
    {
        ArgumentNullException.ThrowIfNull(row);
        row[column] = value;
        return row;
    }

    public static Entity Without(this Entity row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        row.Attributes.Remove(column);
        return row;
    }
}
