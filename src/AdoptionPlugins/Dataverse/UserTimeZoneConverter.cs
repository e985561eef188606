using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Capture;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// One user's time zone from usersettings.timezonecode (dataverse-facts 4.8): converted locally when the code maps to a time
/// zone this machine has, otherwise by the platform's LocalTimeFromUtcTime, one request per distinct time, remembered for
/// this converter's life (one reconcile page).
/// </summary>
public sealed class UserTimeZoneConverter : ITimeZoneConverter
{
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

        if (!_converted.TryGetValue(utc, out var local))
        {
            var response = (LocalTimeFromUtcTimeResponse)_service.Execute(new LocalTimeFromUtcTimeRequest { TimeZoneCode = _timeZoneCode, UtcTime = utc });
            local = DateTime.SpecifyKind(response.LocalTime, DateTimeKind.Unspecified);
            _converted[utc] = local;
        }

        return local;
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
