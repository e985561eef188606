using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The empty answer to WinOpportunity.</summary>
public sealed class WinOpportunityResponse : OrganizationResponse
{
    public WinOpportunityResponse()
    {
    }
}
