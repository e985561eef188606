using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;

namespace AdoptionPlugins.Tooling.Views;

/// <summary>
/// The views sales managers, sponsors and reps work from, beside each table's system views. They list people by name, never
/// ranked by how much they log, and each says why someone is listed (the state reason); the totals views list groups, never
/// people. "My team" views need manager hierarchy security (AdoptionRoles.SalesManager); everything else shows whatever the
/// reader's role lets them read.
/// </summary>
public static class AdoptionViews
{
    public const string Profile = "adopt_adoptionprofile";
    public const string Day = "adopt_activityday";
    public const string Win = "adopt_quickwin";
    public const string Message = "adopt_nudge";
    public const string Summary = "adopt_adoptionsummary";

    private const int Executive = 618370000;
    private const int Slipping = 618370002;
    private const int Inactive = 618370003;
    private const int Excluded = 618370005;
    private const int DryRun = 618370001;
    private const int OrganizationGroup = 618370000;
    private const int TierGroup = 618370001;
    private const int TeamGroup = 618370002;

    private static readonly GridCell Name = new("adopt_name", 200);
    private static readonly GridCell Tier = new("adopt_tier", 125);
    private static readonly GridCell State = new("adopt_state", 125);
    private static readonly GridCell StateSince = new("adopt_statesince", 110);
    private static readonly GridCell LastActivity = new("adopt_lastactivityon", 150);
    private static readonly GridCell StateReason = new("adopt_statereason", 300);
    private static readonly GridCell DayCell = new("adopt_day", 100);

    private static readonly ValueList<GridCell> SummaryCells =
    [
        Name, DayCell, new GridCell("adopt_people", 80), new GridCell("adopt_active", 80), new GridCell("adopt_slipping", 80),
        new GridCell("adopt_inactive", 80), new GridCell("adopt_new", 80), new GridCell("adopt_onleave", 80),
        new GridCell("adopt_activepercent", 100), new GridCell("adopt_loggedlast7days", 120),
    ];

    private static readonly ViewOrder ByName = new("adopt_name", Descending: false);
    private static readonly ViewOrder NewestDayFirst = new("adopt_day", Descending: true);

    public static PublicView MyTeamsAdoption { get; } = new()
    {
        Table = Profile,
        Slug = "myteam",
        Name = "My team's adoption",
        Description = "You and the people who report to you, directly or through their managers, with how each is getting on with the CRM and why.",
        Cells = [Name, Tier, State, StateSince, LastActivity, StateReason],
        Orders = [ByName],
        Conditions = [ViewCondition.Is("ownerid", "eq-useroruserhierarchy"), ViewCondition.Is("adopt_state", "ne", Excluded)],
    };

    public static PublicView ExecutivesNotYetUsingTheCrm { get; } = new()
    {
        Table = Profile,
        Slug = "executivesnotyetusing",
        Name = "Executives not yet using the CRM",
        Description = "Executives whose own use of the CRM has slowed or not started. Their teams follow their lead, so a personal word helps most here.",
        Cells = [Name, State, StateSince, LastActivity, StateReason],
        Orders = [ByName],
        Conditions = [ViewCondition.Is("adopt_tier", "eq", Executive), ViewCondition.In("adopt_state", Slipping, Inactive)],
    };

    public static PublicView SlippingWorthACheckIn { get; } = new()
    {
        Table = Profile,
        Slug = "slipping",
        Name = "Slipping, worth a check-in",
        Description = "People who used the CRM and have logged less lately. A friendly question about what gets in the way usually helps more than a reminder.",
        Cells = [Name, Tier, StateSince, LastActivity, StateReason],
        Orders = [ByName],
        Conditions = [ViewCondition.Is("adopt_state", "eq", Slipping)],
    };

    public static PublicView MyOwnAdoption { get; } = new()
    {
        Table = Profile,
        Slug = "myown",
        Name = "My own adoption",
        Description = "Your own profile: the group you are measured with, your state and the reason for it, in the same words your manager sees.",
        Cells = [Name, Tier, State, StateSince, LastActivity, StateReason],
        Orders = [ByName],
        Conditions = [ViewCondition.Is("adopt_userid", "eq-userid")],
    };

    public static PublicView MyTeamsActivityThisWeek { get; } = new()
    {
        Table = Day,
        Slug = "myteamlast7days",
        Name = "My team's activity, last 7 days",
        Description = "The customer work you and your team logged in the last seven days, one row per person and day, counted from the activities themselves.",
        Cells =
        [
            new GridCell("adopt_userid", 150), DayCell, new GridCell("adopt_totalcount", 80), new GridCell("adopt_phonecallcount", 90),
            new GridCell("adopt_meetingcount", 90), new GridCell("adopt_emailsentcount", 90), new GridCell("adopt_opportunityworkedcount", 110),
            new GridCell("adopt_loggedonbehalfcount", 120),
        ],
        Orders = [NewestDayFirst, new ViewOrder("adopt_userid", Descending: false)],
        Conditions = [ViewCondition.Is("ownerid", "eq-useroruserhierarchy"), ViewCondition.Is("adopt_day", "last-seven-days")],
    };

    public static PublicView MyActivityDays { get; } = new()
    {
        Table = Day,
        Slug = "myown",
        Name = "My activity days",
        Description = "Your own customer work per day, with what each number counts. Work someone else logged for you is shown apart.",
        Cells =
        [
            DayCell, new GridCell("adopt_totalcount", 80), new GridCell("adopt_taskcount", 80), new GridCell("adopt_phonecallcount", 90),
            new GridCell("adopt_meetingcount", 90), new GridCell("adopt_emailsentcount", 90), new GridCell("adopt_notecount", 80),
            new GridCell("adopt_opportunityworkedcount", 110), new GridCell("adopt_loggedonbehalfcount", 120),
        ],
        Orders = [NewestDayFirst],
        Conditions = [ViewCondition.Is("adopt_userid", "eq-userid")],
    };

    public static PublicView QuickWinsThisMonth { get; } = new()
    {
        Table = Win,
        Slug = "thismonth",
        Name = "Quick wins this month",
        Description = "Successes found in the data this month: deals won with work logged in the CRM, first logged meetings, comebacks and teams reaching their goal. Worth a mention at the next team meeting.",
        Cells = [Name, new GridCell("adopt_kind", 125), DayCell, new GridCell("adopt_userid", 150), new GridCell("adopt_opportunityid", 150)],
        Orders = [NewestDayFirst],
        Conditions = [ViewCondition.Is("adopt_day", "this-month")],
    };

    /// <summary>What an administrator reads before turning sending on: every message a dry run would have sent, word for word.</summary>
    public static PublicView MessagesADryRunWouldSend { get; } = new()
    {
        Table = Message,
        Slug = "dryrun",
        Name = "Messages a dry run would send",
        Description = "While sending is off, every message the daily evaluation would have sent, to whom, on which channel and why. Open one to read its text exactly as it would arrive.",
        Cells = [Name, new GridCell("adopt_recipientid", 150), new GridCell("adopt_kind", 125), DayCell, new GridCell("adopt_channels", 100), new GridCell("adopt_reason", 300)],
        Orders = [NewestDayFirst, new ViewOrder("adopt_recipientid", Descending: false)],
        Conditions = [ViewCondition.Is("adopt_outcome", "eq", DryRun)],
    };

    /// <summary>What a sponsor follows: the organization's and each tier's totals, day by day, with no one's own rows.</summary>
    public static PublicView AdoptionTotalsLast30Days { get; } = new()
    {
        Table = Summary,
        Slug = "totalslast30days",
        Name = "Adoption totals, last 30 days",
        Description = "Everyone and each tier, day by day: how many people are active, slipping, inactive, new or on leave, and what they logged in the week before. Groups below the minimum size in privacy mode have no totals.",
        Cells = SummaryCells,
        Orders = [NewestDayFirst, ByName],
        Conditions = [ViewCondition.In("adopt_groupkind", OrganizationGroup, TierGroup), ViewCondition.Is("adopt_day", "last-x-days", 30)],
    };

    /// <summary>A manager's own team and, under hierarchy security, the teams of the managers below them.</summary>
    public static PublicView MyTeamsTotals { get; } = new()
    {
        Table = Summary,
        Slug = "myteamtotals",
        Name = "My team's totals",
        Description = "Your team's totals, and those of the teams of managers who report to you, day by day. Counts only, no names; a team below the minimum size in privacy mode has none.",
        Cells = SummaryCells,
        Orders = [NewestDayFirst, ByName],
        Conditions = [ViewCondition.Is("ownerid", "eq-useroruserhierarchy"), ViewCondition.Is("adopt_groupkind", "eq", TeamGroup)],
    };

    /// <summary>The adoption profile's views.</summary>
    public static ValueList<ViewDefinition> ProfileViews { get; } =
        [MyTeamsAdoption.ToDefinition(), ExecutivesNotYetUsingTheCrm.ToDefinition(), SlippingWorthACheckIn.ToDefinition(), MyOwnAdoption.ToDefinition()];

    /// <summary>The activity day's views.</summary>
    public static ValueList<ViewDefinition> DayViews { get; } = [MyTeamsActivityThisWeek.ToDefinition(), MyActivityDays.ToDefinition()];

    /// <summary>The quick win's views.</summary>
    public static ValueList<ViewDefinition> QuickWinViews { get; } = [QuickWinsThisMonth.ToDefinition()];

    /// <summary>The message log's views.</summary>
    public static ValueList<ViewDefinition> MessageViews { get; } = [MessagesADryRunWouldSend.ToDefinition()];

    /// <summary>The adoption summary's views.</summary>
    public static ValueList<ViewDefinition> SummaryViews { get; } = [AdoptionTotalsLast30Days.ToDefinition(), MyTeamsTotals.ToDefinition()];

    public static ValueList<PublicView> All { get; } =
        [MyTeamsAdoption, ExecutivesNotYetUsingTheCrm, SlippingWorthACheckIn, MyOwnAdoption, MyTeamsActivityThisWeek, MyActivityDays, QuickWinsThisMonth, MessagesADryRunWouldSend,
        AdoptionTotalsLast30Days, MyTeamsTotals];
}
