using System;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Runs;

/// <summary>The active shares the last sponsor digest reported, kept so the next digest can show the trend.</summary>
public sealed class DigestBaseline
{
    private const char Separator = ';';

    public DigestBaseline(DateTime day, int leadersPercent, int everyonePercent)
    {
        Day = day.Date;
        LeadersPercent = leadersPercent;
        EveryonePercent = everyonePercent;
    }

    /// <summary>The day of the digest the shares belong to.</summary>
    public DateTime Day { get; }

    public int LeadersPercent { get; }

    public int EveryonePercent { get; }

    /// <summary>Reads "2026-01-05;40;55"; null for empty or unreadable text, which only costs the next digest its trend.</summary>
    public static DigestBaseline? Read(string? text)
    {
        var parts = (text ?? string.Empty).Split(Separator);
        return parts.Length == 3
            && DateTime.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var leaders)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var everyone)
            ? new DigestBaseline(day, leaders, everyone)
            : null;
    }

    public override string ToString() => string.Join(
        Separator.ToString(),
        Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LeadersPercent.ToString(CultureInfo.InvariantCulture),
        EveryonePercent.ToString(CultureInfo.InvariantCulture));
}
