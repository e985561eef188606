using System.Collections.Generic;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// usersettings.timezonecode to Windows time zone id for the codes most organizations use. Dataverse's codes are the
/// Microsoft Time Zone Index values [community]; whether timezonedefinition.standardname always equals the Windows id in the
/// sandbox is UNVERIFIED (dataverse-facts 4.8), so any other code, or an id the machine lacks, is converted by the platform.
/// </summary>
public static class TimeZoneCodes
{
    private static readonly Dictionary<int, string> WindowsIds = new()
    {
        [0] = "Dateline Standard Time",
        [2] = "Hawaiian Standard Time",
        [3] = "Alaskan Standard Time",
        [4] = "Pacific Standard Time",
        [10] = "Mountain Standard Time",
        [15] = "US Mountain Standard Time",
        [20] = "Central Standard Time",
        [35] = "Eastern Standard Time",
        [50] = "Atlantic Standard Time",
        [65] = "E. South America Standard Time",
        [85] = "GMT Standard Time",
        [90] = "Greenwich Standard Time",

        // Not in the index list: Dynamics' timezonedefinition table has it as (GMT) Coordinated Universal Time [community]. New
        // organizations default users to it, so it must not cost a request per conversion.
        [92] = "UTC",
        [95] = "Central Europe Standard Time",
        [100] = "Central European Standard Time",
        [105] = "Romance Standard Time",
        [110] = "W. Europe Standard Time",
        [115] = "E. Europe Standard Time",
        [120] = "Egypt Standard Time",
        [125] = "FLE Standard Time",
        [130] = "GTB Standard Time",
        [135] = "Israel Standard Time",
        [140] = "South Africa Standard Time",
        [145] = "Russian Standard Time",
        [150] = "Arab Standard Time",
        [165] = "Arabian Standard Time",
        [190] = "India Standard Time",
        [210] = "China Standard Time",
        [215] = "Singapore Standard Time",
        [225] = "W. Australia Standard Time",
        [235] = "Tokyo Standard Time",
        [255] = "AUS Eastern Standard Time",
        [290] = "New Zealand Standard Time",
    };

    /// <summary>The Windows time zone id of a code, or null when the platform has to convert it.</summary>
    public static string? WindowsIdOf(int timeZoneCode) => WindowsIds.TryGetValue(timeZoneCode, out var id) ? id : null;
}
