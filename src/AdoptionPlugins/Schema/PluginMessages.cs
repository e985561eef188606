namespace AdoptionPlugins.Schema;

/// <summary>The pipeline messages our steps run on, and what the Win message carries (dataverse-facts 1.5, 5.6).</summary>
public static class PluginMessages
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Win = "Win";

    /// <summary>The Win message's input: the opportunityclose activity, whose opportunityid names the opportunity won.</summary>
    public const string OpportunityCloseParameter = "OpportunityClose";
    public const string OpportunityCloseOpportunityId = "opportunityid";
}
