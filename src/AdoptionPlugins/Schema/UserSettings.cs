namespace AdoptionPlugins.Schema;

/// <summary>Names of the user settings table, whose time zone decides each user's day (dataverse-facts 4.8).</summary>
public static class UserSettings
{
    public const string EntityName = "usersettings";

    /// <summary>Both the primary key and the user it belongs to.</summary>
    public const string SystemUserId = "systemuserid";
    public const string TimeZoneCode = "timezonecode";

    /// <summary>The language the user works in (an LCID), which messages to them are written in.</summary>
    public const string UiLanguageId = "uilanguageid";
}
