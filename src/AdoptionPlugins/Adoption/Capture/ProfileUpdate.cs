using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>
/// Keeps a user's adoption profile in step with their activity days: created on first sight, first and last activity widened by
/// what the latest roll-up saw (a refresh of a later month never forgets an earlier first activity), written only when it changed.
/// </summary>
public static class ProfileUpdate
{
    /// <summary>The profile to write for <paramref name="user"/>, or null when the stored one already says it all.</summary>
    /// <param name="user">The user described; the name comes from the directory.</param>
    /// <param name="stored">The stored profile, null when the user has none yet.</param>
    /// <param name="days">The user's days the roll-up just computed.</param>
    /// <param name="today">The user's local day now: a new profile's first-seen day, unless their activity started earlier.</param>
    public static ProfileRecord? For(UserFacts user, ProfileActivity? stored, IEnumerable<ActivityDayRecord> days, DateTime today)
    {
        _ = user ?? throw new ArgumentNullException(nameof(user));
        var active = (days ?? throw new ArgumentNullException(nameof(days))).Where(day => day.FirstActivityOn.HasValue).ToList();
        var name = string.IsNullOrWhiteSpace(user.FullName) ? user.Id.ToString() : user.FullName!;
        var first = Earlier(stored?.FirstActivityOn, active.Select(day => day.FirstActivityOn).Min());
        var last = Later(stored?.LastActivityOn, active.Select(day => day.LastActivityOn).Max());
        if (stored is null)
        {
            var firstActiveDay = active.Count > 0 ? active.Min(day => day.Day) : today.Date;
            var firstSeen = DateTime.SpecifyKind(firstActiveDay < today.Date ? firstActiveDay : today.Date, DateTimeKind.Unspecified);
            return new ProfileRecord(ProfileRecord.IdOf(user.Id), user.Id, name, first, last, firstSeen);
        }

        return stored.Name == name && stored.FirstActivityOn == first && stored.LastActivityOn == last
            ? null
            : new ProfileRecord(stored.Id, user.Id, name, first, last, firstSeenOn: null);
    }

    private static DateTime? Earlier(DateTime? a, DateTime? b) => a is null ? b : b is null || a <= b ? a : b;

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null || a >= b ? a : b;
}
