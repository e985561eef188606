using System;
using System.Linq;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>The user's last working days (own pattern, leave left out) and what they logged on them: the evidence of a verdict.</summary>
public sealed class UsageWindow
{
    private UsageWindow(DateTime from, DateTime to, int workingDays, int activeDays, int leaveDaysSkipped, DateTime? lastActivityOn, ActivityCounts logged)
    {
        From = from;
        To = to;
        WorkingDays = workingDays;
        ActiveDays = Math.Min(activeDays, workingDays);
        LeaveDaysSkipped = leaveDaysSkipped;
        LastActivityOn = lastActivityOn;
        Logged = logged;
    }

    /// <summary>The first day the window reaches back to.</summary>
    public DateTime From { get; }

    /// <summary>The last day of the window: the day before the evaluation, the last complete one.</summary>
    public DateTime To { get; }

    /// <summary>Days the user was expected to work: their own weekdays, after first seen, not on leave.</summary>
    public int WorkingDays { get; }

    /// <summary>Days with own activity, at most <see cref="WorkingDays"/> (work on a day off counts, but never above 100 %).</summary>
    public int ActiveDays { get; }

    /// <summary>Working days on leave that the window skipped and reached further back for.</summary>
    public int LeaveDaysSkipped { get; }

    /// <summary>The last day with own activity in the whole history read, not only the window.</summary>
    public DateTime? LastActivityOn { get; }

    /// <summary>Everything logged in the window, per kind.</summary>
    public ActivityCounts Logged { get; }

    /// <summary>The share of working days with activity, rounded to a whole percentage, for people to read.</summary>
    public int SharePercent => WorkingDays == 0 ? 0 : (int)Math.Round(ActiveDays * 100.0 / WorkingDays, MidpointRounding.AwayFromZero);

    /// <summary>Whether the exact share reaches a percentage; compared in whole numbers so rounding never decides a state.</summary>
    public bool Reaches(int percent) => WorkingDays > 0 && ActiveDays * 100 >= percent * WorkingDays;

    public static UsageWindow Measure(EvaluationSubject subject, WorkPattern pattern, DateTime today, ClassificationSettings settings)
    {
        subject = subject ?? throw new ArgumentNullException(nameof(subject));
        pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));

        var to = today.Date.AddDays(-1);
        var earliest = Max(today.Date.AddDays(-settings.LookbackDays), subject.Profile.FirstSeenOn);
        var from = to.AddDays(1);
        var working = 0;
        var leaveSkipped = 0;
        for (var day = to; day >= earliest && working < settings.WindowWorkingDays; day = day.AddDays(-1))
        {
            from = day;
            if (!pattern.Works(day.DayOfWeek))
            {
                continue;
            }

            if (subject.IsOnLeave(day))
            {
                leaveSkipped++;
            }
            else
            {
                working++;
            }
        }

        var inWindow = subject.Days.Where(day => day.Day >= from && day.Day <= to).ToList();
        var countTracked = settings.CountTrackedEmails;
        var lastActive = subject.Days.LastOrDefault(day => day.Day <= to && day.Counts.ShowOwnUse(countTracked));
        return new UsageWindow(
            from,
            to,
            working,
            inWindow.Count(day => day.Counts.ShowOwnUse(countTracked)),
            leaveSkipped,
            lastActive?.Day,
            inWindow.Aggregate(ActivityCounts.None, (total, day) => total.Plus(day.Counts)));
    }

    private static DateTime Max(DateTime first, DateTime second) => first > second ? first : second;
}
