using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The empty answer to LoseOpportunity.</summary>
public sealed class LoseOpportunityResponse : OrganizationResponse
{
    public LoseOpportunityResponse()
    {
    }
}
