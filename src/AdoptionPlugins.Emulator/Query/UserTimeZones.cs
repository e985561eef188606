using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Query;

// Maps usersettings.timezonecode to a TimeZoneInfo (dataverse-facts 4.8). The table is PARTIAL: only the codes our tests
// and users need. The code numbers follow Dynamics' timezonedefinition list [community]; Dataverse itself converts with
// timezonedefinition/LocalTimeFromUtcTime, whose standardname matching Windows ids is UNVERIFIED.
internal static class UserTimeZones
{
    private static readonly FrozenDictionary<int, (string Windows, string Iana)> Zones = new Dictionary<int, (string, string)>
    {
        [4] = ("Pacific Standard Time", "America/Los_Angeles"),
        [35] = ("Eastern Standard Time", "America/New_York"),
        [85] = ("GMT Standard Time", "Europe/London"),
        [92] = ("UTC", "Etc/UTC"),
        [110] = ("W. Europe Standard Time", "Europe/Berlin"),
    }.ToFrozenDictionary();

    public static TimeZoneInfo FromCode(int code)
    {
        if (!Zones.TryGetValue(code, out var ids))
        {
            throw new NotSupportedException($"The emulator does not map time zone code {code}; add it to {nameof(UserTimeZones)}.");
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(ids.Iana, out var zone) || TimeZoneInfo.TryFindSystemTimeZoneById(ids.Windows, out zone)
            ? zone
            : throw new NotSupportedException($"Neither '{ids.Iana}' nor '{ids.Windows}' is a time zone on this machine.");
    }
}
