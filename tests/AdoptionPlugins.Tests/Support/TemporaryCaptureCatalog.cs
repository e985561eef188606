using System.Linq;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Schema;

namespace AdoptionPlugins.Tests.Support;

/// <summary>
/// TEMPORARY, the one place to swap for the solution loader: the emulator's standard tables plus our four capture tables
/// declared by hand from DESIGN-capture.md, and the standard columns capture reads that the emulator does not declare yet.
/// When the tables loader lands, replace <see cref="Create"/> with the catalog loaded from solution/.
/// </summary>
public static class TemporaryCaptureCatalog
{
    private const int FirstOption = 618370000;

    public static MetadataCatalog Create()
    {
        var catalog = MetadataCatalog.CreateStandard();
        foreach (var table in new[] { Activity.Task, Activity.PhoneCall, Activity.Appointment, Activity.Email, Annotation.EntityName, Opportunity.EntityName })
        {
            AddMissing(catalog, table, CaptureColumns());
        }

        AddMissing(catalog, Opportunity.EntityName, WorkedColumns());

        // The emulator does not compute fullname from first and last name yet; tests name users directly.
        AddMissing(catalog, SystemUser.EntityName, []);
        var users = catalog.GetTable(SystemUser.EntityName);
        catalog.AddOrReplace(users.WithColumns(users.Columns.Select(column =>
            column.LogicalName == SystemUser.FullName ? column with { IsValidForCreate = true } : column)));

        catalog.Add(SignalTable());
        catalog.Add(DayTable());
        catalog.Add(ProfileTable());
        catalog.Add(LeaveTable());
        return catalog;
    }

    private static ColumnMetadata[] CaptureColumns() =>
    [
        ColumnMetadata.LookupTo(RecordColumns.CreatedOnBehalfBy, SystemUser.EntityName) with { IsValidForCreate = false, IsValidForUpdate = false },
        ColumnMetadata.LookupTo(RecordColumns.ModifiedOnBehalfBy, SystemUser.EntityName) with { IsValidForCreate = false, IsValidForUpdate = false },
        ColumnMetadata.Date(RecordColumns.OverriddenCreatedOn) with { IsValidForUpdate = false },
        ColumnMetadata.WholeNumber(RecordColumns.ImportSequenceNumber) with { IsValidForUpdate = false },
    ];

    private static ColumnMetadata[] WorkedColumns() =>
    [
        ColumnMetadata.WholeNumber("closeprobability"),
        ColumnMetadata.Text("stepname", 200),
        ColumnMetadata.Choice("salesstage", 0, 1, 2, 3),
        ColumnMetadata.Choice("opportunityratingcode", 1, 2, 3),
        ColumnMetadata.Memo("customerneed", 2000),
        ColumnMetadata.Memo("currentsituation", 2000),
        ColumnMetadata.Memo("proposedsolution", 2000),
    ];

    private static void AddMissing(MetadataCatalog catalog, string tableName, ColumnMetadata[] columns)
    {
        var table = catalog.GetTable(tableName);
        var missing = columns.Where(column => !table.HasColumn(column.LogicalName));
        catalog.AddOrReplace(table.WithColumns(table.Columns.Concat(missing)));
    }

    private static TableMetadata SignalTable() => new(
        ActivitySignal.EntityName, ActivitySignal.PrimaryId, ActivitySignal.Name, OwnershipType.UserOwned,
        [
            ColumnMetadata.Text(ActivitySignal.Name, 100),
            ColumnMetadata.LookupTo(ActivitySignal.UserId, SystemUser.EntityName) with { RequiredLevel = RequiredLevel.ApplicationRequired },
            ColumnMetadata.Choice(ActivitySignal.Kind, Options(9)),
            ColumnMetadata.Choice(ActivitySignal.Event, Options(2)),
            ColumnMetadata.Date(ActivitySignal.OccurredOn) with { RequiredLevel = RequiredLevel.ApplicationRequired },
            ColumnMetadata.Text(ActivitySignal.SourceTable, ActivitySignal.SourceTableMaxLength),
            ColumnMetadata.Text(ActivitySignal.SourceId, ActivitySignal.SourceIdMaxLength),
            ColumnMetadata.Text(ActivitySignal.SourceKey, ActivitySignal.SourceKeyMaxLength),
            ColumnMetadata.LookupTo(ActivitySignal.OnBehalfOfId, SystemUser.EntityName),
            ColumnMetadata.Choice(ActivitySignal.CreditReason, Options(3)),
        ]);

    private static TableMetadata DayTable() => new(
        ActivityDay.EntityName, ActivityDay.PrimaryId, ActivityDay.Name, OwnershipType.UserOwned,
        [
            ColumnMetadata.Text(ActivityDay.Name, 200),
            ColumnMetadata.LookupTo(ActivityDay.UserId, SystemUser.EntityName) with { RequiredLevel = RequiredLevel.ApplicationRequired },
            ColumnMetadata.Date(ActivityDay.Day, DateTimeBehavior.DateOnly) with { RequiredLevel = RequiredLevel.ApplicationRequired },
            .. new[]
            {
                ActivityDay.TaskCount, ActivityDay.PhoneCallCount, ActivityDay.MeetingCount, ActivityDay.EmailSentCount, ActivityDay.EmailTrackedCount,
                ActivityDay.NoteCount, ActivityDay.OpportunityCreatedCount, ActivityDay.OpportunityWorkedCount, ActivityDay.OpportunityWonCount,
                ActivityDay.CompletedCount, ActivityDay.LoggedOnBehalfCount, ActivityDay.TotalCount,
            }.Select(ColumnMetadata.WholeNumber),
            ColumnMetadata.Date(ActivityDay.FirstActivityOn),
            ColumnMetadata.Date(ActivityDay.LastActivityOn),
        ],
        [new AlternateKeyMetadata(ActivityDay.UserDayKey, ActivityDay.UserId, ActivityDay.Day)]);

    private static TableMetadata ProfileTable() => new(
        AdoptionProfile.EntityName, AdoptionProfile.PrimaryId, AdoptionProfile.Name, OwnershipType.UserOwned,
        [
            ColumnMetadata.Text(AdoptionProfile.Name, 200),
            ColumnMetadata.LookupTo(AdoptionProfile.UserId, SystemUser.EntityName) with { RequiredLevel = RequiredLevel.ApplicationRequired },
            ColumnMetadata.Choice(AdoptionProfile.Tier, Options(4)),
            ColumnMetadata.Choice(AdoptionProfile.TierSource, Options(4)),
            ColumnMetadata.Date(AdoptionProfile.FirstSeenOn, DateTimeBehavior.DateOnly),
            ColumnMetadata.Date(AdoptionProfile.FirstActivityOn),
            ColumnMetadata.Date(AdoptionProfile.LastActivityOn),
            ColumnMetadata.YesNo(AdoptionProfile.IsOptedOut),
            ColumnMetadata.YesNo(AdoptionProfile.IsVip),
            ColumnMetadata.Choice(AdoptionProfile.State, Options(6)),
            ColumnMetadata.Date(AdoptionProfile.StateSince, DateTimeBehavior.DateOnly),
            ColumnMetadata.Memo(AdoptionProfile.StateReason, AdoptionProfile.StateReasonMaxLength),
            ColumnMetadata.Date(AdoptionProfile.EvaluatedOn),
        ],
        [new AlternateKeyMetadata(AdoptionProfile.UserKey, AdoptionProfile.UserId)]);

    private static TableMetadata LeaveTable() => new(
        LeavePeriod.EntityName, LeavePeriod.PrimaryId, LeavePeriod.Name, OwnershipType.UserOwned,
        [
            ColumnMetadata.Text(LeavePeriod.Name, 200),
            ColumnMetadata.LookupTo(LeavePeriod.UserId, SystemUser.EntityName) with { RequiredLevel = RequiredLevel.ApplicationRequired },
            ColumnMetadata.Date(LeavePeriod.StartDate, DateTimeBehavior.DateOnly) with { RequiredLevel = RequiredLevel.ApplicationRequired },
            ColumnMetadata.Date(LeavePeriod.EndDate, DateTimeBehavior.DateOnly) with { RequiredLevel = RequiredLevel.ApplicationRequired },
        ]);

    private static int[] Options(int count) => Enumerable.Range(FirstOption, count).ToArray();
}
