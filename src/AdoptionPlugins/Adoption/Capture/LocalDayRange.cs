using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>An inclusive range of local days (dates without time), as the roll-up and reconcile take it.</summary>
public sealed class LocalDayRange
{
    /// <summary>Local time is UTC-12 to UTC+14, so these margins around the days cover every user's day in UTC.</summary>
    private static readonly TimeSpan EarliestOffset = TimeSpan.FromHours(14);
    private static readonly TimeSpan LatestOffset = TimeSpan.FromHours(12);

    public LocalDayRange(DateTime first, DateTime last)
    {
        if (last.Date < first.Date)
        {
            throw new ArgumentException($"The range ends on {last:yyyy-MM-dd}, before it starts on {first:yyyy-MM-dd}.", nameof(last));
        }

        First = DateTime.SpecifyKind(first.Date, DateTimeKind.Unspecified);
        Last = DateTime.SpecifyKind(last.Date, DateTimeKind.Unspecified);
    }

    public DateTime First { get; }

    public DateTime Last { get; }

    public int DayCount => (int)(Last - First).TotalDays + 1;

    /// <summary>From this UTC time on, an event may fall on one of the days in some user's time zone.</summary>
    public DateTime UtcWindowStart => DateTime.SpecifyKind(First - EarliestOffset, DateTimeKind.Utc);

    /// <summary>Before this UTC time, an event may fall on one of the days in some user's time zone.</summary>
    public DateTime UtcWindowEnd => DateTime.SpecifyKind(Last.AddDays(1) + LatestOffset, DateTimeKind.Utc);

    public bool Contains(DateTime day) => day.Date >= First && day.Date <= Last;

    public override string ToString() => $"{First:yyyy-MM-dd}..{Last:yyyy-MM-dd}";
}
