namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_EraseUserAdoptionData</c> custom API: deletes one person's adoption data, one bounded page per call.</summary>
public static class EraseUserAdoptionDataMessage
{
    public const string UniqueName = "adopt_EraseUserAdoptionData";

    /// <summary>Guid, required: the user (systemuser) whose data is erased.</summary>
    public const string UserId = "UserId";

    /// <summary>String, optional: the NextCursor of the previous page; none starts at the first table.</summary>
    public const string Cursor = "Cursor";

    public const string NextCursor = "NextCursor";
    public const string HasMore = "HasMore";

    /// <summary>Integer: rows this page deleted, or cleared of the person's name.</summary>
    public const string Erased = "Erased";

    /// <summary>Only those who may delete every adoption profile may erase anyone's data (dataverse-facts 2.1).</summary>
    public const string ExecutePrivilegeName = "prvDeleteadopt_AdoptionProfile";
}
