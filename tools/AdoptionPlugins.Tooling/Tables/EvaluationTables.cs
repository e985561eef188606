using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Views;
using static AdoptionPlugins.Tooling.Tables.CustomColumns;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// The tables of the daily evaluation (DESIGN-evaluation.md), defined once: adoption settings an administrator edits without
/// code, the nudge log (every message sent, previewed by a dry run or held back, with why), quick wins, and the day's totals
/// per group that sponsors and managers read instead of anyone's own rows.
/// Choice values are the publisher's option value prefix 61837 followed by 0000 + n.
/// </summary>
/// <remarks>
/// Settings are user-owned, not organization-owned: no real export of an organization-owned custom table exists to copy
/// (solution-format 6), ownership can never change after import (dataverse-facts 7.1), and the evaluation reads them as
/// SYSTEM while the administrator role reads them at Global depth, which is what organization ownership would give.
/// </remarks>
public static class EvaluationTables
{
    private const int NameWidth = 200;
    private const int UserWidth = 150;
    private const int DateWidth = 100;
    private const int ChoiceWidth = 125;
    private const int TextWidth = 300;
    private const int CountWidth = 100;

    public static ValueList<TableDesign> All { get; } = [AdoptionSetting(), Nudge(), QuickWin(), AdoptionSummary()];

    private static TableDesign AdoptionSetting() => new()
    {
        SchemaName = "adopt_AdoptionSetting",
        DisplayName = "Adoption Setting",
        PluralName = "Adoption Settings",
        Description = "One setting of the adoption evaluation that differs from its default, such as a threshold or a quiet day. A setting without a row keeps its default. A save that would make the settings contradict each other is refused with the reason.",
        PrimaryName = PrimaryName("adopt_Name", "Setting", "The setting's name, for example GracePeriodDays.", 100).Audited(),
        Columns =
        [
            Text("adopt_Value", "Value", "The setting's value, for example 14, true or Saturday;Sunday.", 4000).Audited(),
            Memo("adopt_Description", "Description", "A note for other administrators: why this value was chosen.", 2000),
            Memo("adopt_Snapshot", "Snapshot", "Written by the evaluation on its own row: the last complete set of valid settings, used while the saved ones cannot be.", 100_000),
        ],
        Keys = [new AlternateKeyDefinition { SchemaName = "adopt_SettingName", DisplayName = "Setting name", Columns = ["adopt_name"] }],
        ViewColumns = [new GridCell("adopt_name", NameWidth), new GridCell("adopt_value", TextWidth), new GridCell("modifiedon", DateWidth)],
        ViewOrder = new ViewOrder("adopt_name", Descending: false),
        IsAuditEnabled = true,
    };

    private static TableDesign Nudge() => new()
    {
        SchemaName = "adopt_Nudge",
        DisplayName = "Nudge",
        PluralName = "Nudges",
        Description = "One adoption message: a note to an executive, a team summary, a tip, a sponsor digest or a quick-win notice, with whether it was sent, only previewed because sending is off, or held back, and why.",
        PrimaryName = PrimaryName("adopt_Name", "Title", "The message's title.", 200),
        Columns =
        [
            Lookup("adopt_RecipientId", "Recipient", "The person the message is for; also the row's owner.").Required(),
            Choice(
                "adopt_Kind", "Kind", "What kind of message this is.",
                (618370000, "Lead by example"), (618370001, "Team summary"), (618370002, "Help"), (618370003, "Sponsor digest"), (618370004, "Quick win notice")),
            DateOnly("adopt_Day", "Day", "The evaluation day the message belongs to.").Required(),
            Choice("adopt_Outcome", "Outcome", "Whether the message was sent, previewed by a dry run, or held back.", (618370000, "Sent"), (618370001, "Dry run"), (618370002, "Withheld")),
            Memo("adopt_Reason", "Reason", "Why it was sent or held back, in words an administrator can check.", 4000),
            Text("adopt_Channels", "Channels", "In-app, email, or both.", 50),
            Memo("adopt_Body", "In-App Text", "The text of the in-app notification.", 10_000),
            Memo("adopt_EmailBody", "Email Text", "The text of the email.", 20_000),
            WholeNumber("adopt_Language", "Language", "The language the message is written in (a Windows language id, such as 1033 for English)."),
            Text("adopt_MessageKey", "Message Key", "Identifies the message: its kind, its recipient and its day, so a retry never sends it twice.", 200),
            Lookup("adopt_EmailId", "Email", "The email that was sent, when one was."),
        ],
        Lookups = [new LookupTarget("adopt_RecipientId", CaptureTables.SystemUser), new LookupTarget("adopt_EmailId", "Email")],
        ViewColumns =
        [
            new GridCell("adopt_name", NameWidth), new GridCell("adopt_recipientid", UserWidth), new GridCell("adopt_kind", ChoiceWidth),
            new GridCell("adopt_day", DateWidth), new GridCell("adopt_outcome", ChoiceWidth), new GridCell("adopt_channels", CountWidth),
        ],
        ViewOrder = new ViewOrder("adopt_day", Descending: true),
        QuickFindColumns = ["adopt_name", "adopt_messagekey"],
        Views = AdoptionViews.MessageViews,
    };

    private static TableDesign QuickWin() => new()
    {
        SchemaName = "adopt_QuickWin",
        DisplayName = "Quick Win",
        PluralName = "Quick Wins",
        Description = "A success found in the data worth celebrating: a deal won with work logged in the CRM, a first logged meeting, a comeback, or a team reaching its adoption goal.",
        PrimaryName = PrimaryName("adopt_Name", "Title", "What was achieved.", 200),
        Columns =
        [
            Choice(
                "adopt_Kind", "Kind", "What kind of success this is.",
                (618370000, "Deal won with logged work"), (618370001, "First meeting"), (618370002, "Comeback"), (618370003, "Team milestone")),
            DateOnly("adopt_Day", "Day", "The day the success happened.").Required(),
            Lookup("adopt_UserId", "Person", "The person celebrated, or the manager of the team that reached its goal; also the row's owner.").Required(),
            Lookup("adopt_OpportunityId", "Opportunity", "The deal that was won, for a deal win."),
            WholeNumber("adopt_ActivityCount", "Logged Activities", "How many activities people logged on the deal."),
            Memo("adopt_Body", "Text", "The success in words, as the dashboard shows it.", 4000),
            Text("adopt_WinKey", "Win Key", "Identifies the success, so re-evaluating never celebrates it twice.", 200),
        ],
        Lookups = [new LookupTarget("adopt_UserId", CaptureTables.SystemUser), new LookupTarget("adopt_OpportunityId", "Opportunity")],
        ViewColumns =
        [
            new GridCell("adopt_name", NameWidth), new GridCell("adopt_kind", ChoiceWidth), new GridCell("adopt_day", DateWidth),
            new GridCell("adopt_userid", UserWidth), new GridCell("adopt_opportunityid", UserWidth),
        ],
        ViewOrder = new ViewOrder("adopt_day", Descending: true),
        QuickFindColumns = ["adopt_name", "adopt_winkey"],
        Views = AdoptionViews.QuickWinViews,
    };

    private static TableDesign AdoptionSummary() => new()
    {
        SchemaName = "adopt_AdoptionSummary",
        DisplayName = "Adoption Summary",
        PluralName = "Adoption Summaries",
        Description = "The day's adoption totals of one group: everyone, a tier, or a manager's team. Written by the daily evaluation only for groups at or above the minimum group size, so the totals identify nobody.",
        PrimaryName = PrimaryName("adopt_Name", "Group", "The group the totals count: everyone, a tier, or a manager's team.", 200),
        Columns =
        [
            Choice("adopt_GroupKind", "Group Kind", "Whether the totals count everyone, one tier, or one manager's team.", (618370000, "Organization"), (618370001, "Tier"), (618370002, "Team")),
            Lookup("adopt_ManagerId", "Manager", "The team's manager, for team totals; also the row's owner, so the manager and their own managers read it."),
            DateOnly("adopt_Day", "Day", "The evaluation day the totals belong to.").Required(),
            WholeNumber("adopt_People", "People", "Everyone counted: active, slipping, inactive, new and on leave. Excluded people are never counted."),
            WholeNumber("adopt_Active", "Active", "People using the CRM regularly."),
            WholeNumber("adopt_Slipping", "Slipping", "People who used the CRM and log less lately."),
            WholeNumber("adopt_Inactive", "Inactive", "People not using the CRM."),
            WholeNumber("adopt_New", "New", "New starters in their grace period, not judged yet."),
            WholeNumber("adopt_OnLeave", "On Leave", "People on leave, not judged while away."),
            WholeNumber("adopt_ActivePercent", "Active Share (%)", "Active people as a share of those judged (active, slipping and inactive), from 0 to 100."),
            WholeNumber("adopt_LoggedLast7Days", "Logged, Last 7 Days", "Customer work the group's members logged themselves in the seven days before the evaluation day."),
            Text("adopt_SummaryKey", "Summary Key", "Identifies the group and the day, so a repeated evaluation rewrites the totals instead of adding a second row.", 200),
        ],
        Lookups = [new LookupTarget("adopt_ManagerId", CaptureTables.SystemUser)],
        ViewColumns =
        [
            new GridCell("adopt_name", NameWidth), new GridCell("adopt_groupkind", ChoiceWidth), new GridCell("adopt_day", DateWidth),
            new GridCell("adopt_people", CountWidth), new GridCell("adopt_activepercent", CountWidth), new GridCell("adopt_loggedlast7days", CountWidth),
        ],
        ViewOrder = new ViewOrder("adopt_day", Descending: true),
        QuickFindColumns = ["adopt_name", "adopt_summarykey"],
        HasCharts = true,
        Views = AdoptionViews.SummaryViews,
    };
}
