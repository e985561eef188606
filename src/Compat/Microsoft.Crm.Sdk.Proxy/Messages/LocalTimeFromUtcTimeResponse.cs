using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The converted local time.</summary>
public sealed class LocalTimeFromUtcTimeResponse : OrganizationResponse
{
    public LocalTimeFromUtcTimeResponse()
    {
    }

    public DateTime LocalTime => Results.Contains("LocalTime") ? (DateTime)Results["LocalTime"] : default;
}
