namespace AdoptionPlugins.Adoption.Settings;

/// <summary>Where the settings an evaluation runs with came from.</summary>
public enum SettingsSource
{
    /// <summary>The stored settings, which are valid.</summary>
    Stored,

    /// <summary>The stored settings are invalid; the last valid snapshot is used instead.</summary>
    LastValid,

    /// <summary>Neither the stored settings nor a snapshot are valid; the safe defaults (sending off) are used.</summary>
    Defaults,
}
