namespace AdoptionPlugins.Schema;

/// <summary>Names of the <c>adopt_quickwin</c> table: one row per success celebrated, written once however often it is found.</summary>
public static class QuickWin
{
    public const string EntityName = "adopt_quickwin";
    public const string PrimaryId = "adopt_quickwinid";
    public const string Name = "adopt_name";
    public const string Kind = "adopt_kind";

    /// <summary>DateOnly: the day of the success.</summary>
    public const string Day = "adopt_day";

    /// <summary>The person celebrated, or the manager of a team; also the row's owner.</summary>
    public const string UserId = "adopt_userid";
    public const string OpportunityId = "adopt_opportunityid";
    public const string ActivityCount = "adopt_activitycount";
    public const string Body = "adopt_body";
    public const string WinKey = "adopt_winkey";
    public const string OwnerId = "ownerid";

    public const int NameMaxLength = 200;
    public const int BodyMaxLength = 4000;
}
