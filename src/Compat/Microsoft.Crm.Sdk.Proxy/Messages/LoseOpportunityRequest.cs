using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Closes an opportunity as lost, with the opportunity-close activity that records it.</summary>
public sealed class LoseOpportunityRequest : OrganizationRequest
{
    public LoseOpportunityRequest()
    {
        RequestName = "LoseOpportunity";
        Parameters["OpportunityClose"] = null;
        Parameters["Status"] = null;
    }

    public Entity OpportunityClose
    {
        get => Parameters.Contains("OpportunityClose") ? (Entity)Parameters["OpportunityClose"] : default;
        set => Parameters["OpportunityClose"] = value;
    }

    public OptionSetValue Status
    {
        get => Parameters.Contains("Status") ? (OptionSetValue)Parameters["Status"] : default;
        set => Parameters["Status"] = value;
    }
}
