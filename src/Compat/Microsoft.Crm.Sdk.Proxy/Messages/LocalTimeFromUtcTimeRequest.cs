using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Converts a UTC time to a time zone, by Dataverse time-zone code.</summary>
public sealed class LocalTimeFromUtcTimeRequest : OrganizationRequest
{
    public LocalTimeFromUtcTimeRequest()
    {
        RequestName = "LocalTimeFromUtcTime";
        Parameters["TimeZoneCode"] = 0;
        Parameters["UtcTime"] = new DateTime();
    }

    public int TimeZoneCode
    {
        get => Parameters.Contains("TimeZoneCode") ? (int)Parameters["TimeZoneCode"] : default;
        set => Parameters["TimeZoneCode"] = value;
    }

    public DateTime UtcTime
    {
        get => Parameters.Contains("UtcTime") ? (DateTime)Parameters["UtcTime"] : default;
        set => Parameters["UtcTime"] = value;
    }
}
