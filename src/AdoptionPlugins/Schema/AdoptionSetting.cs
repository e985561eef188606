namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_adoptionsetting</c> table: one row per setting an administrator changed from its default.</summary>
public static class AdoptionSetting
{
    public const string EntityName = "adopt_adoptionsetting";
    public const string PrimaryId = "adopt_adoptionsettingid";

    /// <summary>The setting's name, as <c>SettingNames</c> spells it; alternate key <see cref="SettingNameKey"/>.</summary>
    public const string Name = "adopt_name";
    public const string Value = "adopt_value";
    public const string Description = "adopt_description";

    /// <summary>Only on the evaluation's own row named <see cref="LastValidSnapshotRow"/>: the last valid settings as text.</summary>
    public const string Snapshot = "adopt_snapshot";
    public const string OwnerId = "ownerid";

    public const string SettingNameKey = "adopt_settingname";

    /// <summary>The row the evaluation keeps the last valid settings on; it is not a setting itself.</summary>
    public const string LastValidSnapshotRow = "LastValidSnapshot";

    /// <summary>The row the evaluation keeps the shares of the last sponsor digest on, for the next digest's trend.</summary>
    public const string LastDigestRow = "LastDigest";

    public const int ValueMaxLength = 4000;
}
