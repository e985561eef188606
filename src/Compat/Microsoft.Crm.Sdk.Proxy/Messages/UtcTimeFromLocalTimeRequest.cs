using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Converts a local time in a time zone to UTC, by Dataverse time-zone code.</summary>
public sealed class UtcTimeFromLocalTimeRequest : OrganizationRequest
{
    public UtcTimeFromLocalTimeRequest()
    {
        RequestName = "UtcTimeFromLocalTime";
        Parameters["TimeZoneCode"] = 0;
        Parameters["LocalTime"] = new DateTime();
    }

    public DateTime LocalTime
    {
        get => Parameters.Contains("LocalTime") ? (DateTime)Parameters["LocalTime"] : default;
        set => Parameters["LocalTime"] = value;
    }

    public int TimeZoneCode
    {
        get => Parameters.Contains("TimeZoneCode") ? (int)Parameters["TimeZoneCode"] : default;
        set => Parameters["TimeZoneCode"] = value;
    }
}
