using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>UTC as a user's time zone: the fallback for a user without a time zone setting.</summary>
public sealed class UtcTimeZone : ITimeZoneConverter
{
    public static UtcTimeZone Instance { get; } = new();

    public DateTime ToLocalTime(DateTime utcTime) => DateTime.SpecifyKind(utcTime, DateTimeKind.Unspecified);
}
