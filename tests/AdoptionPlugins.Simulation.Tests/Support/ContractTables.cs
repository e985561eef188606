using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Simulation.Contract;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>
/// The evaluation's log tables as DESIGN-evaluation defines them, declared by hand until they are in solution/, so tests can
/// write the rows the evaluation will write and check that the report reads them.
/// </summary>
public static class ContractTables
{
    public static TableMetadata Nudge() => new(
        NudgeTable.EntityName, "adopt_nudgeid", NudgeTable.Name, OwnershipType.UserOwned,
        [
            ColumnMetadata.Text(NudgeTable.Name, 200),
            ColumnMetadata.LookupTo(NudgeTable.RecipientId, "systemuser"),
            ColumnMetadata.Choice(NudgeTable.Kind, NudgeTable.KindLeadByExample, NudgeTable.KindTeamSummary, NudgeTable.KindHelp, NudgeTable.KindSponsorDigest, NudgeTable.KindQuickWinNotice),
            ColumnMetadata.Date(NudgeTable.Day, DateTimeBehavior.DateOnly),
            ColumnMetadata.Choice(NudgeTable.Outcome, NudgeTable.OutcomeSent, NudgeTable.OutcomeDryRun, NudgeTable.OutcomeWithheld),
            ColumnMetadata.Memo(NudgeTable.Reason, 4000),
            ColumnMetadata.Text(NudgeTable.Channels, 50),
            ColumnMetadata.Memo(NudgeTable.Body, 10000),
            ColumnMetadata.Memo(NudgeTable.EmailBody, 20000),
            ColumnMetadata.WholeNumber(NudgeTable.Language),
        ]);

    public static TableMetadata QuickWin() => new(
        QuickWinTable.EntityName, "adopt_quickwinid", QuickWinTable.Name, OwnershipType.UserOwned,
        [
            ColumnMetadata.Text(QuickWinTable.Name, 200),
            ColumnMetadata.Choice(QuickWinTable.Kind, QuickWinTable.KindDealWonWithLoggedWork, QuickWinTable.KindFirstMeeting, QuickWinTable.KindComeback, QuickWinTable.KindTeamMilestone),
            ColumnMetadata.Date(QuickWinTable.Day, DateTimeBehavior.DateOnly),
            ColumnMetadata.LookupTo(QuickWinTable.UserId, "systemuser"),
            ColumnMetadata.LookupTo(QuickWinTable.OpportunityId, "opportunity"),
            ColumnMetadata.WholeNumber(QuickWinTable.ActivityCount),
            ColumnMetadata.Memo(QuickWinTable.Body, 4000),
        ]);
}
