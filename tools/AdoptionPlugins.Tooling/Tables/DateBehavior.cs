namespace AdoptionPlugins.Tooling.Tables;

/// <summary>How a date and time column stores its value, with the number exports write as <c>&lt;Behavior&gt;</c> (dataverse-facts 4.8).</summary>
public enum DateBehavior
{
    /// <summary>Stored in UTC, shown in the user's time zone.</summary>
    UserLocal = 1,

    /// <summary>A date with no time and no conversion.</summary>
    DateOnly = 2,

    /// <summary>Stored and shown as entered.</summary>
    TimeZoneIndependent = 3,
}
