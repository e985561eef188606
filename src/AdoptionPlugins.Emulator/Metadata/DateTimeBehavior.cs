namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>How a date and time column stores its value (dataverse-facts 4.8).</summary>
public enum DateTimeBehavior
{
    UserLocal,
    DateOnly,
    TimeZoneIndependent,
}
