using System;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Tests.Support;

/// <summary>A time zone with one fixed offset from UTC, so a test states the local day it expects.</summary>
public sealed class FixedOffsetZone(TimeSpan offset) : ITimeZoneConverter
{
    public static FixedOffsetZone Utc { get; } = new(TimeSpan.Zero);

    public static FixedOffsetZone Hours(int hours) => new(TimeSpan.FromHours(hours));

    public DateTime ToLocalTime(DateTime utcTime) => DateTime.SpecifyKind(utcTime + offset, DateTimeKind.Unspecified);
}
