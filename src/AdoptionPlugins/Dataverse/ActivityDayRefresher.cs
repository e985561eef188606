using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Privacy;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Rebuilds users' activity days from their signals: reads the directory, the signals and the stored days, rolls each user up
/// in their own time zone and upserts the rows. Reconcile, the daily evaluation and an on-demand refresh share it.
/// </summary>
public sealed class ActivityDayRefresher
{
    private readonly IOrganizationService _service;
    private readonly ITracingService _tracing;
    private readonly IClock _clock;

    public ActivityDayRefresher(IOrganizationService service, ITracingService tracing, IClock clock)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _tracing = tracing ?? throw new ArgumentNullException(nameof(tracing));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>
    /// Writes each day of these users in the range that has signals or a stored row and whose figures differ from the stored row, and each counted user's adoption profile
    /// when it is new or its first or last activity moved; returns how many day rows it wrote.
    /// </summary>
    public int Refresh(IReadOnlyCollection<Guid> userIds, LocalDayRange range)
    {
        _ = userIds ?? throw new ArgumentNullException(nameof(userIds));
        _ = range ?? throw new ArgumentNullException(nameof(range));
        if (userIds.Count == 0)
        {
            return 0;
        }

        var directory = new LoadedUserDirectory();
        var users = new UserDirectoryGateway(_service);
        users.Load(directory, userIds);
        var signals = new SignalGateway(_service).ReadForUsers(userIds, range.UtcWindowStart, range.UtcWindowEnd);
        users.Load(directory, signals.Select(signal => signal.UserId));
        var dayRows = new ActivityDayGateway(_service);
        var stored = dayRows.ReadStored(userIds, range);
        var profileRows = new ProfileActivityGateway(_service);
        var profiles = profileRows.ReadForUsers(userIds);
        signals = KeepErasedHistoryErased(signals, profiles.Values);
        var zones = new Dictionary<int, UserTimeZoneConverter>();
        var written = 0;
        foreach (var userId in userIds.Distinct())
        {
            if (directory.Find(userId) is not { } user)
            {
                _tracing.Trace("User {0} is not in the directory; no activity days written.", userId);
                continue;
            }

            var zone = ZoneOf(directory.TimeZoneCodeOf(userId), zones);
            var days = ActivityRollUp.RollUp(
                user, zone, signals.Where(signal => signal.UserId == userId || signal.OnBehalfOfId == userId),
                directory, range, stored.DaysOf(userId));
            foreach (var day in days.Where(day => !stored.Holds(day)))
            {
                dayRows.Upsert(day);
                written++;
            }

            // Accounts that do not count (applications, disabled, unlicensed ...) get no profile: the product does not watch them.
            if (user.WhyNotCounted() is null
                && ProfileUpdate.For(
                    user, profiles.TryGetValue(userId, out var profile) ? profile : null, days, zone.ToLocalTime(_clock.UtcNow).Date,
                    user.CreatedOnUtc is { } created ? zone.ToLocalTime(created).Date : null) is { } update)
            {
                profileRows.Write(update);
                _tracing.Trace("Profile {0}", update);
            }
        }

        return written;
    }

    // A capture job queued before an erase can run after it and write the erased work again (the erase cannot see queued jobs);
    // such signals are deleted, or lose the erased person's name, before they count.
    private IReadOnlyList<Signal> KeepErasedHistoryErased(IReadOnlyList<Signal> signals, IEnumerable<ProfileActivity> profiles)
    {
        var erasedOn = profiles.Where(profile => profile.ErasedOn is not null).ToDictionary(profile => profile.UserId, profile => profile.ErasedOn!.Value);
        if (erasedOn.Count == 0)
        {
            return signals;
        }

        var kept = new List<Signal>();
        var rows = new SignalGateway(_service);
        foreach (var signal in signals)
        {
            var allowed = ErasedHistory.Filter(signal, erasedOn);
            if (allowed is null)
            {
                rows.Delete(signal.Id);
                _tracing.Trace("Signal {0} was erased history of {1}; deleted again.", signal.SourceKey, signal.UserId);
                continue;
            }

            if (allowed.OnBehalfOfId != signal.OnBehalfOfId)
            {
                rows.Upsert(allowed);
            }

            kept.Add(allowed);
        }

        return kept;
    }

    // A user without a usersettings row is counted in UTC rather than not at all.
    private ITimeZoneConverter ZoneOf(int? code, Dictionary<int, UserTimeZoneConverter> zones)
    {
        if (code is not { } timeZoneCode)
        {
            return UtcTimeZone.Instance;
        }

        if (!zones.TryGetValue(timeZoneCode, out var zone))
        {
            zone = new UserTimeZoneConverter(timeZoneCode, _service);
            zones[timeZoneCode] = zone;
        }

        return zone;
    }
}
