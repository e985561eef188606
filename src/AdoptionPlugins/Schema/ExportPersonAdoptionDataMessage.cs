namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_ExportPersonAdoptionData</c> custom API: one person's adoption data as JSON, one bounded page per call.</summary>
public static class ExportPersonAdoptionDataMessage
{
    public const string UniqueName = "adopt_ExportPersonAdoptionData";

    /// <summary>Guid, required: the user (systemuser) whose data is exported.</summary>
    public const string UserId = "UserId";

    /// <summary>String, optional: the NextCursor of the previous page; none starts at the first table.</summary>
    public const string Cursor = "Cursor";

    /// <summary>String: this page's rows as a JSON document.</summary>
    public const string Data = "Data";

    public const string NextCursor = "NextCursor";
    public const string HasMore = "HasMore";

    /// <summary>Integer: rows in this page.</summary>
    public const string Rows = "Rows";

    /// <summary>
    /// Data subject requests are an administrator's task: only those who may delete every adoption profile may read anyone's
    /// data this way (custom APIs cannot have privileges of their own, dataverse-facts 2.1).
    /// </summary>
    public const string ExecutePrivilegeName = "prvDeleteadopt_AdoptionProfile";
}
