namespace AdoptionPlugins.Schema;

/// <summary>Names of the email activity and its parties, as a nudge email is written before SendEmail sends it (dataverse-facts 6.2).</summary>
public static class Email
{
    public const string EntityName = "email";
    public const string Subject = "subject";

    /// <summary>The HTML body.</summary>
    public const string Description = "description";
    public const string From = "from";
    public const string To = "to";

    public const string PartyEntityName = "activityparty";
    public const string PartyId = "partyid";
}
