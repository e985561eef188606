using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Emulator.Query;

/// <summary>The Dataverse time-zone codes (usersettings.timezonecode) the emulator converts with, each mapped to a Windows and an IANA zone.</summary>
/// <remarks>
/// Dataverse's codes are the Microsoft Time Zone Index Values [community: the code numbers match; Microsoft documents
/// the index list, not the Dataverse mapping]: learn.microsoft.com/previous-versions/windows/embedded/ms912391(v=winembedded.11).
/// 92 (UTC) is not in that list and comes from Dynamics' timezonedefinition table [community]. Windows ids are today's
/// registry names of those zones; IANA ids follow Unicode CLDR's windowsZones.xml (territory 001). Codes whose zone
/// was split or redefined since the index list (1 Samoa, 73 Greenland, 115 E. Europe …) are left out rather than
/// guessed. Dataverse itself converts with timezonedefinition, whose standardname matching Windows ids is UNVERIFIED
/// (dataverse-facts 4.8).
/// </remarks>
public static class UserTimeZones
{
    private static readonly FrozenDictionary<int, (string Windows, string Iana)> Zones = new Dictionary<int, (string, string)>
    {
        [0] = ("Dateline Standard Time", "Etc/GMT+12"),
        [2] = ("Hawaiian Standard Time", "Pacific/Honolulu"),
        [3] = ("Alaskan Standard Time", "America/Anchorage"),
        [4] = ("Pacific Standard Time", "America/Los_Angeles"),
        [10] = ("Mountain Standard Time", "America/Denver"),
        [15] = ("US Mountain Standard Time", "America/Phoenix"),
        [20] = ("Central Standard Time", "America/Chicago"),
        [25] = ("Canada Central Standard Time", "America/Regina"),
        [30] = ("Central Standard Time (Mexico)", "America/Mexico_City"),
        [33] = ("Central America Standard Time", "America/Guatemala"),
        [35] = ("Eastern Standard Time", "America/New_York"),
        [40] = ("US Eastern Standard Time", "America/Indiana/Indianapolis"),
        [45] = ("SA Pacific Standard Time", "America/Bogota"),
        [50] = ("Atlantic Standard Time", "America/Halifax"),
        [55] = ("SA Western Standard Time", "America/La_Paz"),
        [56] = ("Pacific SA Standard Time", "America/Santiago"),
        [60] = ("Newfoundland Standard Time", "America/St_Johns"),
        [65] = ("E. South America Standard Time", "America/Sao_Paulo"),
        [70] = ("SA Eastern Standard Time", "America/Cayenne"),
        [80] = ("Azores Standard Time", "Atlantic/Azores"),
        [83] = ("Cape Verde Standard Time", "Atlantic/Cape_Verde"),
        [85] = ("GMT Standard Time", "Europe/London"),
        [90] = ("Greenwich Standard Time", "Atlantic/Reykjavik"),
        [92] = ("UTC", "Etc/UTC"),
        [95] = ("Central Europe Standard Time", "Europe/Budapest"),
        [100] = ("Central European Standard Time", "Europe/Warsaw"),
        [105] = ("Romance Standard Time", "Europe/Paris"),
        [110] = ("W. Europe Standard Time", "Europe/Berlin"),
        [113] = ("W. Central Africa Standard Time", "Africa/Lagos"),
        [120] = ("Egypt Standard Time", "Africa/Cairo"),
        [125] = ("FLE Standard Time", "Europe/Kiev"),
        [130] = ("GTB Standard Time", "Europe/Bucharest"),
        [135] = ("Israel Standard Time", "Asia/Jerusalem"),
        [140] = ("South Africa Standard Time", "Africa/Johannesburg"),
        [145] = ("Russian Standard Time", "Europe/Moscow"),
        [150] = ("Arab Standard Time", "Asia/Riyadh"),
        [155] = ("E. Africa Standard Time", "Africa/Nairobi"),
        [158] = ("Arabic Standard Time", "Asia/Baghdad"),
        [160] = ("Iran Standard Time", "Asia/Tehran"),
        [165] = ("Arabian Standard Time", "Asia/Dubai"),
        [175] = ("Afghanistan Standard Time", "Asia/Kabul"),
        [185] = ("West Asia Standard Time", "Asia/Tashkent"),
        [190] = ("India Standard Time", "Asia/Calcutta"),
        [193] = ("Nepal Standard Time", "Asia/Katmandu"),
        [200] = ("Sri Lanka Standard Time", "Asia/Colombo"),
        [205] = ("SE Asia Standard Time", "Asia/Bangkok"),
        [210] = ("China Standard Time", "Asia/Shanghai"),
        [215] = ("Singapore Standard Time", "Asia/Singapore"),
        [220] = ("Taipei Standard Time", "Asia/Taipei"),
        [225] = ("W. Australia Standard Time", "Australia/Perth"),
        [230] = ("Korea Standard Time", "Asia/Seoul"),
        [235] = ("Tokyo Standard Time", "Asia/Tokyo"),
        [245] = ("AUS Central Standard Time", "Australia/Darwin"),
        [250] = ("Cen. Australia Standard Time", "Australia/Adelaide"),
        [255] = ("AUS Eastern Standard Time", "Australia/Sydney"),
        [260] = ("E. Australia Standard Time", "Australia/Brisbane"),
        [265] = ("Tasmania Standard Time", "Australia/Hobart"),
        [290] = ("New Zealand Standard Time", "Pacific/Auckland"),
        [300] = ("Tonga Standard Time", "Pacific/Tongatapu"),
    }.ToFrozenDictionary();

    public static IReadOnlyCollection<int> SupportedCodes { get; } = Zones.Keys.Order().ToArray();

    public static bool IsSupported(int code) => Zones.ContainsKey(code);

    public static TimeZoneInfo FromCode(int code)
    {
        if (!Zones.TryGetValue(code, out var ids))
        {
            throw new NotSupportedException(
                $"The emulator does not map Dataverse time zone code {code}; {nameof(UserTimeZones)} lists the supported codes ({string.Join(", ", SupportedCodes)}). Add the code with its Windows and IANA zone if it is a real Dataverse code.");
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(ids.Iana, out var zone) || TimeZoneInfo.TryFindSystemTimeZoneById(ids.Windows, out zone)
            ? zone
            : throw new NotSupportedException($"Neither '{ids.Iana}' nor '{ids.Windows}' (time zone code {code}) is a time zone on this machine.");
    }
}
