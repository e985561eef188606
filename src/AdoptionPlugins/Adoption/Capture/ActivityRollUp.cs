using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>
/// Rolls one user's signals up into activity days in that user's time zone. The same signals always give the same rows, so
/// the daily evaluation, an on-demand refresh and reconcile can all call it and write the result with upserts.
/// </summary>
public static class ActivityRollUp
{
    /// <summary>
    /// The user's days in <paramref name="range"/>: a row for each day with a counted signal, and a zeroed row for each
    /// <paramref name="existingDays"/> entry that no longer has one. A user who does not count (an application user, disabled
    /// ...) gets no rows: their stored history is left as it is.
    /// </summary>
    /// <param name="user">The user described; their directory facts decide whether they count at all.</param>
    /// <param name="timeZone">The user's time zone, which decides the day of each signal.</param>
    /// <param name="signals">Signals credited to the user and signals others logged on the user's behalf; others are ignored.</param>
    /// <param name="directory">Decides whether the credited person of an on-behalf signal counts.</param>
    /// <param name="range">The local days to produce rows for.</param>
    /// <param name="existingDays">Days already stored for the user, so a day whose signals are gone is written back as zero.</param>
    public static IReadOnlyList<ActivityDayRecord> RollUp(
        UserFacts user,
        ITimeZoneConverter timeZone,
        IEnumerable<Signal> signals,
        IUserDirectory directory,
        LocalDayRange range,
        IEnumerable<DateTime>? existingDays = null)
    {
        _ = user ?? throw new ArgumentNullException(nameof(user));
        _ = timeZone ?? throw new ArgumentNullException(nameof(timeZone));
        _ = signals ?? throw new ArgumentNullException(nameof(signals));
        _ = directory ?? throw new ArgumentNullException(nameof(directory));
        _ = range ?? throw new ArgumentNullException(nameof(range));
        if (user.WhyNotCounted() is not null)
        {
            return [];
        }

        var days = new SortedDictionary<DateTime, ActivityDayTally>();
        foreach (var signal in signals.GroupBy(signal => signal.Id).Select(group => group.First()))
        {
            var day = timeZone.ToLocalTime(signal.OccurredOn).Date;
            if (!range.Contains(day))
            {
                continue;
            }

            if (signal.UserId == user.Id)
            {
                TallyOf(days, day).AddOwn(signal);
            }
            else if (signal.OnBehalfOfId == user.Id && signal.Event == SignalEvent.Logged && Counts(signal.UserId, directory))
            {
                TallyOf(days, day).AddOnBehalf();
            }
        }

        foreach (var day in existingDays ?? [])
        {
            if (range.Contains(day))
            {
                TallyOf(days, day.Date);
            }
        }

        return days.Select(entry => new ActivityDayRecord(user.Id, user.FullName, entry.Key, entry.Value)).ToList();
    }

    /// <summary>Whether a signal's credited user counts, by the directory's facts; a user the directory does not know does not.</summary>
    public static bool Counts(Guid userId, IUserDirectory directory) =>
        directory?.Find(userId) is { } facts && facts.WhyNotCounted() is null;

    private static ActivityDayTally TallyOf(SortedDictionary<DateTime, ActivityDayTally> days, DateTime day)
    {
        if (!days.TryGetValue(day, out var tally))
        {
            tally = new ActivityDayTally();
            days[day] = tally;
        }

        return tally;
    }
}
