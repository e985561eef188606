using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The converted UTC time.</summary>
public sealed class UtcTimeFromLocalTimeResponse : OrganizationResponse
{
    public UtcTimeFromLocalTimeResponse()
    {
    }

    public DateTime UtcTime => Results.Contains("UtcTime") ? (DateTime)Results["UtcTime"] : default;
}
