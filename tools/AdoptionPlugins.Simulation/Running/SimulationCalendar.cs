using System;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>The simulated days: day 0 is a Monday, work happens Monday to Friday, and the daily evaluation runs every morning.</summary>
public sealed class SimulationCalendar
{
    /// <summary>A fixed Monday, so the same seed gives the same dates (the machine's clock plays no part).</summary>
    public static readonly DateTime DefaultFirstDay = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>
    /// 05:00 UTC: after the last Chicago working hour of the day before and before the first Berlin one, as a daily flow would be
    /// scheduled for an organization in these time zones.
    /// </summary>
    public static readonly TimeSpan EvaluationTime = TimeSpan.FromHours(5);

    /// <summary>
    /// Four weeks of work before the install, as long as the evaluation's window of 20 working days: the organization already uses
    /// the CRM, and the administrator backfills these weeks, so the first evaluation judges real history.
    /// </summary>
    public const int HistoryDays = 28;

    public SimulationCalendar(DateTime firstDay, int days)
    {
        if (firstDay.DayOfWeek != DayOfWeek.Monday)
        {
            throw new ArgumentException($"The simulation starts on a Monday, not on a {firstDay.DayOfWeek}.", nameof(firstDay));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        FirstDay = DateTime.SpecifyKind(firstDay.Date, DateTimeKind.Unspecified);
        Days = days;
    }

    public DateTime FirstDay { get; }

    public int Days { get; }

    public DateTime LastDay => DateOf(Days - 1);

    /// <summary>The first day of the weeks before the install.</summary>
    public DateTime FirstHistoryDay => DateOf(-HistoryDays);

    /// <summary>The local date of simulation day <paramref name="day"/> (negative before the install), the same wall-clock date in every time zone.</summary>
    public DateTime DateOf(int day) => FirstDay.AddDays(day);

    public bool IsWorkingDay(int day) => DateOf(day).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>When the daily evaluation after day <paramref name="day"/> runs: the next morning at <see cref="EvaluationTime"/> UTC.</summary>
    public DateTime EvaluationAfter(int day) => DateTime.SpecifyKind(DateOf(day + 1) + EvaluationTime, DateTimeKind.Utc);

    /// <summary>The simulation week (0 first) of a day.</summary>
    public static int WeekOf(int day) => day / 7;
}
