namespace AdoptionPlugins.Simulation.Contract;

/// <summary>The <c>adopt_quickwin</c> table of DESIGN-evaluation: successes raised from the data, each celebrated once.</summary>
public static class QuickWinTable
{
    public const string EntityName = "adopt_quickwin";
    public const string Name = "adopt_name";
    public const string Kind = "adopt_kind";
    public const string Day = "adopt_day";
    public const string UserId = "adopt_userid";
    public const string OpportunityId = "adopt_opportunityid";
    public const string ActivityCount = "adopt_activitycount";
    public const string Body = "adopt_body";

    public const int KindDealWonWithLoggedWork = 618370000;
    public const int KindFirstMeeting = 618370001;
    public const int KindComeback = 618370002;
    public const int KindTeamMilestone = 618370003;
}
