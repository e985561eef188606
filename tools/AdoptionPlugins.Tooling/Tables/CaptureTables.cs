using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Views;
using static AdoptionPlugins.Tooling.Tables.CustomColumns;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// The four capture tables of DESIGN-capture.md, defined once: activity signals (one row per credited event), activity days
/// (a user's signals rolled up per local day), adoption profiles and leave periods. Choice values are the publisher's
/// option value prefix 61837 followed by 0000 + n.
/// </summary>
public static class CaptureTables
{
    public const string SystemUser = "SystemUser";

    private const int NameWidth = 200;
    private const int UserWidth = 150;
    private const int DateWidth = 100;
    private const int DateTimeWidth = 150;
    private const int ChoiceWidth = 125;
    private const int CountWidth = 100;

    public static ValueList<TableDesign> All { get; } = [ActivitySignal(), ActivityDay(), AdoptionProfile(), LeavePeriod()];

    /// <summary>The options of a profile's state, shared by the state now and the state before the latest evaluation.</summary>
    private static (int Value, string Label)[] AdoptionStates =>
        [(618370000, "New"), (618370001, "Active"), (618370002, "Slipping"), (618370003, "Inactive"), (618370004, "On leave"), (618370005, "Excluded")];

    private static TableDesign ActivitySignal() => new()
    {
        SchemaName = "adopt_ActivitySignal",
        DisplayName = "Activity Signal",
        PluralName = "Activity Signals",
        Description = "One piece of customer work a person did in the CRM, such as a logged phone call or a completed task. Day totals are counted from these rows, so every number can be traced back to its work.",
        PrimaryName = PrimaryName("adopt_Name", "Name", "What happened, for example \"Phone call logged\".", 100),
        Columns =
        [
            Lookup("adopt_UserId", "User", "The person credited with the work; also the row's owner.").Required(),
            Choice(
                "adopt_Kind", "Kind", "What kind of customer work this was.",
                (618370000, "Task"), (618370001, "Phone call"), (618370002, "Meeting"), (618370003, "Email sent"), (618370004, "Email tracked"),
                (618370005, "Note"), (618370006, "Opportunity created"), (618370007, "Opportunity worked"), (618370008, "Opportunity won")),
            Choice("adopt_Event", "Event", "Whether the work was logged or completed; one activity can give one of each.", (618370000, "Logged"), (618370001, "Completed")),
            DateAndTime("adopt_OccurredOn", "Occurred On", "When the work happened.").Required(),
            Text("adopt_SourceTable", "Source Table", "The table of the row the work was done on, for example phonecall.", 64),
            Text("adopt_SourceId", "Source Row", "The id of the row the work was done on.", 36),
            Text("adopt_SourceKey", "Source Key", "Identifies the event this signal counts, so the same event is never counted twice.", 200),
            Lookup("adopt_OnBehalfOfId", "On Behalf Of", "The owner, when someone else logged the work for them."),
            Choice("adopt_CreditReason", "Credit Reason", "Why this person got the credit.", (618370000, "Initiating user"), (618370001, "Owner via server-side sync"), (618370002, "Delegate")),
        ],
        Lookups = [new LookupTarget("adopt_UserId", SystemUser), new LookupTarget("adopt_OnBehalfOfId", SystemUser)],
        ViewColumns =
        [
            new GridCell("adopt_name", NameWidth), new GridCell("adopt_userid", UserWidth), new GridCell("adopt_kind", ChoiceWidth),
            new GridCell("adopt_event", ChoiceWidth), new GridCell("adopt_occurredon", DateTimeWidth), new GridCell("adopt_onbehalfofid", UserWidth),
            new GridCell("adopt_creditreason", ChoiceWidth),
        ],
        ViewOrder = new ViewOrder("adopt_occurredon", Descending: true),
        QuickFindColumns = ["adopt_name", "adopt_sourcekey"],
    };

    private static TableDesign ActivityDay() => new()
    {
        SchemaName = "adopt_ActivityDay",
        DisplayName = "Activity Day",
        PluralName = "Activity Days",
        Description = "One person's customer work on one day of their own time zone, counted from their activity signals.",
        PrimaryName = PrimaryName("adopt_Name", "Name", "The person and the day, for example \"Dana Reyes, 2026-11-25\".", 250),
        Columns =
        [
            Lookup("adopt_UserId", "User", "The person whose day this is; also the row's owner.").Required(),
            DateOnly("adopt_Day", "Day", "The day, in the person's own time zone.").Required(),
            WholeNumber("adopt_TaskCount", "Tasks", "Tasks logged or completed."),
            WholeNumber("adopt_PhoneCallCount", "Phone Calls", "Phone calls logged or completed."),
            WholeNumber("adopt_MeetingCount", "Meetings", "Meetings logged or completed."),
            WholeNumber("adopt_EmailSentCount", "Emails Sent", "Emails the person sent."),
            WholeNumber("adopt_EmailTrackedCount", "Emails Tracked", "Emails tracked for the person by server-side sync."),
            WholeNumber("adopt_NoteCount", "Notes", "Notes added."),
            WholeNumber("adopt_OpportunityCreatedCount", "Opportunities Created", "Opportunities created."),
            WholeNumber("adopt_OpportunityWorkedCount", "Opportunities Worked", "Opportunities updated, counted once per opportunity and day."),
            WholeNumber("adopt_OpportunityWonCount", "Opportunities Won", "Opportunities won."),
            WholeNumber("adopt_CompletedCount", "Completed", "Activities completed."),
            WholeNumber("adopt_LoggedOnBehalfCount", "Logged On Their Behalf", "Work other people logged for this person; not counted as their own use of the CRM."),
            WholeNumber("adopt_TotalCount", "Total", "All the person's own signals on this day."),
            DateAndTime("adopt_FirstActivityOn", "First Activity On", "When the day's first signal happened."),
            DateAndTime("adopt_LastActivityOn", "Last Activity On", "When the day's last signal happened."),
        ],
        Lookups = [new LookupTarget("adopt_UserId", SystemUser)],
        Keys = [Key("adopt_UserDay", "User and day", "adopt_userid", "adopt_day")],
        ViewColumns =
        [
            new GridCell("adopt_name", NameWidth), new GridCell("adopt_userid", UserWidth), new GridCell("adopt_day", DateWidth),
            new GridCell("adopt_totalcount", CountWidth), new GridCell("adopt_completedcount", CountWidth),
            new GridCell("adopt_loggedonbehalfcount", CountWidth), new GridCell("adopt_lastactivityon", DateTimeWidth),
        ],
        ViewOrder = new ViewOrder("adopt_day", Descending: true),
        Views = AdoptionViews.DayViews,
        HasCharts = true,
    };

    // Profile and leave changes are decisions people make (tier, opt-out, VIP, absence), so they are audited; the daily evaluation's
    // own columns are not, to keep the audit log to what someone chose. The figures and the VIP flag are secured: see AdoptionFieldSecurity.
    private static TableDesign AdoptionProfile() => new()
    {
        SchemaName = "adopt_AdoptionProfile",
        DisplayName = "Adoption Profile",
        PluralName = "Adoption Profiles",
        Description = "How one person uses the CRM: their tier, their adoption state and why, and whether they take part.",
        PrimaryName = PrimaryName("adopt_Name", "Name", "The person's name.", 200),
        Columns =
        [
            Lookup("adopt_UserId", "User", "The person this profile describes; also the row's owner.").Required().Audited(),
            Choice("adopt_Tier", "Tier", "The group the person is measured with.", (618370000, "Executive"), (618370001, "Manager"), (618370002, "Contributor"), (618370003, "Excluded")).Audited(),
            Choice("adopt_TierSource", "Tier Source", "How the tier was decided.", (618370000, "Role"), (618370001, "Title rule"), (618370002, "Explicit"), (618370003, "Default")).Audited(),
            DateOnly("adopt_FirstSeenOn", "First Seen On", "The day the person was first evaluated; new starters get time before they count as inactive."),
            DateAndTime("adopt_FirstActivityOn", "First Activity On", "When the person's first signal happened."),
            DateAndTime("adopt_LastActivityOn", "Last Activity On", "When the person's latest signal happened."),
            YesNo("adopt_IsOptedOut", "Opted Out", "The person opted out and gets no nudges.").Audited(),
            YesNo("adopt_IsVip", "VIP", "Marks a person whose nudges and reports are handled with extra care, for example a board member.").Audited().Secured(),
            Choice("adopt_State", "State", "The person's adoption state from the latest evaluation.", AdoptionStates),
            DateOnly("adopt_StateSince", "State Since", "The day the person entered the current state."),
            Memo("adopt_StateReason", "State Reason", "Why the person is in this state, in words a manager can check.", 4000),
            YesNo("adopt_ReasonHasFigures", "Reason Has Figures", "Whether the state reason tells what the person logged and when; in privacy mode it keeps only the rule."),
            DateAndTime("adopt_EvaluatedOn", "Evaluated On", "When the state was last evaluated."),
            Choice("adopt_PreviousState", "Previous State", "The state before the latest evaluation, so a change can be seen and celebrated.", AdoptionStates),
            DateOnly("adopt_WindowStart", "Window Start", "The first day the latest evaluation looked at."),
            DateOnly("adopt_WindowEnd", "Window End", "The last day the latest evaluation looked at."),
            WholeNumber("adopt_WorkingDays", "Working Days", "The person's own working days in the window, leave left out.").Secured(),
            WholeNumber("adopt_ActiveDays", "Active Days", "Working days in the window on which the person logged customer work themselves.").Secured(),
            (WholeNumber("adopt_SharePercent", "Share Of Active Days", "Active days as a percentage of working days.") with { MinValue = 0, MaxValue = 100 }).Secured(),
            Text("adopt_WorkPattern", "Work Pattern", "The weekdays the person works, for example \"Mon,Tue,Wed\"; empty for the usual week.", 100),
            DateOnly("adopt_ErasedOn", "History Erased On", "The day the person's adoption history was erased on request; nothing up to that day is ever rebuilt. New work is still counted.").Audited(),
        ],
        Lookups = [new LookupTarget("adopt_UserId", SystemUser)],
        Keys = [Key("adopt_User", "User", "adopt_userid")],
        ViewColumns =
        [
            new GridCell("adopt_name", NameWidth), new GridCell("adopt_userid", UserWidth), new GridCell("adopt_tier", ChoiceWidth),
            new GridCell("adopt_state", ChoiceWidth), new GridCell("adopt_statesince", DateWidth), new GridCell("adopt_lastactivityon", DateTimeWidth),
            new GridCell("adopt_isoptedout", CountWidth),
        ],
        ViewOrder = new ViewOrder("adopt_name", Descending: false),
        Views = AdoptionViews.ProfileViews,
        HasCharts = true,
        IsAuditEnabled = true,
    };

    private static TableDesign LeavePeriod() => new()
    {
        SchemaName = "adopt_LeavePeriod",
        DisplayName = "Leave Period",
        PluralName = "Leave Periods",
        Description = "Time a person is away, such as holiday or parental leave. While away they are not nudged and not counted as inactive.",
        PrimaryName = PrimaryName("adopt_Name", "Name", "A short label, for example \"Summer holiday\".", 200).Audited(),
        Columns =
        [
            Lookup("adopt_UserId", "User", "The person who is away; also the row's owner.").Required().Audited(),
            DateOnly("adopt_StartDate", "Start Date", "The first day away.").Required().Audited(),
            DateOnly("adopt_EndDate", "End Date", "The last day away.").Required().Audited(),
        ],
        Lookups = [new LookupTarget("adopt_UserId", SystemUser)],
        ViewColumns =
        [
            new GridCell("adopt_name", NameWidth), new GridCell("adopt_userid", UserWidth),
            new GridCell("adopt_startdate", DateWidth), new GridCell("adopt_enddate", DateWidth),
        ],
        ViewOrder = new ViewOrder("adopt_startdate", Descending: true),
        IsAuditEnabled = true,
    };

    private static AlternateKeyDefinition Key(string schemaName, string displayName, params string[] columns) =>
        new() { SchemaName = schemaName, DisplayName = displayName, Columns = columns.ToValueList() };
}
