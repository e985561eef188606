namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_EvaluateAdoption</c> custom API: the daily evaluation, one bounded page per call (dataverse-facts 2.1, 2.2).</summary>
public static class EvaluateAdoptionMessage
{
    public const string UniqueName = "adopt_EvaluateAdoption";

    /// <summary>String, optional: the NextCursor of the previous page; none starts a run.</summary>
    public const string Cursor = "Cursor";

    /// <summary>Integer, optional: users per page.</summary>
    public const string PageSize = "PageSize";

    /// <summary>Guid, optional: evaluate this one user only.</summary>
    public const string UserId = "UserId";

    /// <summary>Guid, optional: evaluate the members of this team only.</summary>
    public const string TeamId = "TeamId";

    /// <summary>Boolean, optional: send nothing even when sending is on; the log shows who would get what.</summary>
    public const string DryRun = "DryRun";

    public const string NextCursor = "NextCursor";
    public const string HasMore = "HasMore";
    public const string Evaluated = "Evaluated";
    public const string MessagesSent = "MessagesSent";
    public const string MessagesHeld = "MessagesHeld";
    public const string QuickWinsRaised = "QuickWinsRaised";

    /// <summary>Integer: rows past retention the page deleted, or in a dry run found.</summary>
    public const string Purged = "Purged";

    /// <summary>
    /// Only those who may change the adoption settings, the adoption administrators, may run the evaluation; custom APIs cannot
    /// have privileges of their own (dataverse-facts 2.1). Not a profile privilege: everyone writes their own profile to opt out.
    /// </summary>
    public const string ExecutePrivilegeName = "prvWriteadopt_AdoptionSetting";
}
