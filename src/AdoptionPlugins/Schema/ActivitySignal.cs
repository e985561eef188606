namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_activitysignal</c> table: one row per credited event, written once with a deterministic id.</summary>
public static class ActivitySignal
{
    public const string EntityName = "adopt_activitysignal";
    public const string PrimaryId = "adopt_activitysignalid";
    public const string Name = "adopt_name";

    /// <summary>The credited user (lookup systemuser); the row is owned by the same user.</summary>
    public const string UserId = "adopt_userid";
    public const string Kind = "adopt_kind";
    public const string Event = "adopt_event";
    public const string OccurredOn = "adopt_occurredon";
    public const string SourceTable = "adopt_sourcetable";
    public const string SourceId = "adopt_sourceid";
    public const string SourceKey = "adopt_sourcekey";

    /// <summary>The owner of the source row when someone else logged it (lookup systemuser).</summary>
    public const string OnBehalfOfId = "adopt_onbehalfofid";
    public const string CreditReason = "adopt_creditreason";
    public const string OwnerId = "ownerid";

    public const int SourceTableMaxLength = 64;
    public const int SourceIdMaxLength = 36;
    public const int SourceKeyMaxLength = 200;
}
