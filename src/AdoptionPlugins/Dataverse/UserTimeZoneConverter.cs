using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Capture;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// One user's time zone from usersettings.timezonecode (dataverse-facts 4.8): converted locally when the code maps to a time
/// zone this machine has, otherwise by the platform's LocalTimeFromUtcTime, one request per quarter hour of UTC time,
/// remembered for this converter's life (one reconcile page).
/// </summary>
public sealed class UserTimeZoneConverter : ITimeZoneConverter
{
    // Every zone's offset is a whole number of quarter hours and changes at a quarter-hour instant, so within a quarter hour the
    // offset is the same; a page of signals then costs at most 96 conversions per day in that zone, not one per signal.
    private static readonly long QuarterHourTicks = TimeSpan.FromMinutes(15).Ticks;

    private readonly int _timeZoneCode;
    private readonly IOrganizationService _service;
    private readonly TimeZoneInfo? _zone;
    private readonly Dictionary<DateTime, DateTime> _converted = [];

    public UserTimeZoneConverter(int timeZoneCode, IOrganizationService service)
    {
        _timeZoneCode = timeZoneCode;
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _zone = Find(TimeZoneCodes.WindowsIdOf(timeZoneCode));
    }

    /// <summary>True when conversions need no request.</summary>
    public bool IsLocal => _zone is not null;

    public DateTime ToLocalTime(DateTime utcTime)
    {
        var utc = DateTime.SpecifyKind(utcTime, DateTimeKind.Utc);
        if (_zone is not null)
        {
            return DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, _zone), DateTimeKind.Unspecified);
        }

        var slot = new DateTime(utc.Ticks - (utc.Ticks % QuarterHourTicks), DateTimeKind.Utc);
        if (!_converted.TryGetValue(slot, out var local))
        {
            var response = (LocalTimeFromUtcTimeResponse)_service.Execute(new LocalTimeFromUtcTimeRequest { TimeZoneCode = _timeZoneCode, UtcTime = slot });
            local = DateTime.SpecifyKind(response.LocalTime, DateTimeKind.Unspecified);
            _converted[slot] = local;
        }

        return local + (utc - slot);
    }

    private static TimeZoneInfo? Find(string? windowsId)
    {
        if (windowsId is null)
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(windowsId);
        }
        catch (Exception missing) when (missing is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
