namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_ReconcileActivity</c> custom API: its message, inputs and outputs (dataverse-facts 2.1, 2.2).</summary>
public static class ReconcileActivityMessage
{
    public const string UniqueName = "adopt_ReconcileActivity";

    /// <summary>String, optional: comma-separated systemuser ids; none means every user.</summary>
    public const string UserIds = "UserIds";

    /// <summary>DateTime, required: the first local day.</summary>
    public const string FromDate = "FromDate";

    /// <summary>DateTime, required: the last local day, inclusive.</summary>
    public const string ToDate = "ToDate";

    /// <summary>String, optional: the NextCursor of the previous page; none starts a run.</summary>
    public const string Cursor = "Cursor";

    /// <summary>Integer, optional: source rows per page.</summary>
    public const string PageSize = "PageSize";

    public const string NextCursor = "NextCursor";
    public const string HasMore = "HasMore";
    public const string SignalsWritten = "SignalsWritten";
    public const string DaysWritten = "DaysWritten";

    /// <summary>Only those who may write every user's activity days may rebuild them; custom APIs cannot have privileges of their own (dataverse-facts 2.1).</summary>
    public const string ExecutePrivilegeName = "prvWriteadopt_ActivityDay";
}
