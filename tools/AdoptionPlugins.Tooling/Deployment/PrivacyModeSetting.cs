namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>
/// Where and how the solution stores privacy mode: one row of the adoption settings table, named PrivacyMode, with a flag value;
/// a test holds these names and words to the plugin's own (Schema.AdoptionSetting, SettingNames, SettingsFormat).
/// </summary>
public static class PrivacyModeSetting
{
    public const string TableLogicalName = "adopt_adoptionsetting";
    public const string NameColumn = "adopt_name";
    public const string ValueColumn = "adopt_value";
    public const string DescriptionColumn = "adopt_description";
    public const string Name = "PrivacyMode";
    public const string On = "true";
    public const string Off = "false";

    /// <summary>Without a saved row the evaluation keeps privacy mode on.</summary>
    public const bool Default = true;

    /// <summary>What off means for the people in the data, said wherever deploy turns it off or finds it off (dataverse-facts 7.2).</summary>
    public const string OffMeans = "managers see their people's names and figures in messages and reasons";

    public static string Text(bool on) => on ? On : Off;

    /// <summary>Reads a stored value the way the evaluation does: true/yes/1 or false/no/0, in any case, around spaces.</summary>
    public static bool TryRead(string? value, out bool on)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "TRUE" or "YES" or "1":
                on = true;
                return true;
            case "FALSE" or "NO" or "0":
                on = false;
                return true;
            default:
                on = Default;
                return false;
        }
    }
}
