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
    /// <param name="today">The user's local day now: a new profile's first-seen day, unless the user or their activity is older.</param>
    /// <param name="knownSince">
    /// The local day the user's account was created, when known. Installing the product into an organization must not make its
    /// long-standing users look like new starters in their grace period, so a new profile is first seen on the earliest known day.
    /// </param>
    public static ProfileRecord? For(UserFacts user, ProfileActivity? stored, IEnumerable<ActivityDayRecord> days, DateTime today, DateTime? knownSince = null)
    {
        _ = user ?? throw new ArgumentNullException(nameof(user));
        var active = (days ?? throw new ArgumentNullException(nameof(days))).Where(day => day.FirstActivityOn.HasValue).ToList();
        var name = string.IsNullOrWhiteSpace(user.FullName) ? user.Id.ToString() : user.FullName!;
        var first = Earlier(stored?.FirstActivityOn, active.Select(day => day.FirstActivityOn).Min());
        var last = Later(stored?.LastActivityOn, active.Select(day => day.LastActivityOn).Max());
        if (stored is null)
        {
            var candidates = active.Select(day => day.Day.Date).ToList();
            candidates.Add(today.Date);
            if (knownSince is { } created)
            {
                candidates.Add(created.Date);
            }

            var firstSeen = DateTime.SpecifyKind(candidates.Min(), DateTimeKind.Unspecified);
            return new ProfileRecord(ProfileRecord.IdOf(user.Id), user.Id, name, first, last, firstSeen);
        }

        return stored.Name == name && stored.FirstActivityOn == first && stored.LastActivityOn == last
            ? null
            : new ProfileRecord(stored.Id, user.Id, name, first, last, firstSeenOn: null);
    }

    private static DateTime? Earlier(DateTime? a, DateTime? b) => a is null ? b : b is null || a <= b ? a : b;

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null || a >= b ? a : b;
}
