using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>One user's time zone: turns a UTC time into that user's local time, which decides their day (dataverse-facts 4.8).</summary>
public interface ITimeZoneConverter
{
    DateTime ToLocalTime(DateTime utcTime);
}
