using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Fixed days for evaluation tests, so every window and weekday is known.</summary>
public static class Calendar
{
    /// <summary>Monday 2 March 2026: the evaluation day in most tests; the window ends on Sunday 1 March.</summary>
    public static readonly DateTime Today = new(2026, 3, 2);

    public static DateTime DaysAgo(int days) => Today.AddDays(-days);

    /// <summary>Monday to Friday between two days, both included.</summary>
    public static IEnumerable<DateTime> Weekdays(DateTime from, DateTime to) =>
        Enumerable.Range(0, (to - from).Days + 1).Select(offset => from.AddDays(offset)).Where(day => day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday);

    /// <summary>The last <paramref name="count"/> weekdays before <see cref="Today"/>, newest first.</summary>
    public static IReadOnlyList<DateTime> LastWeekdays(int count) =>
        Enumerable.Range(1, 400).Select(DaysAgo).Where(day => day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday).Take(count).ToList();
}
