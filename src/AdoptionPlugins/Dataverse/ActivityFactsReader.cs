using System;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads the credit rule's facts from a row: a step's post-image or a row reconcile queried, with the same columns.</summary>
public static class ActivityFactsReader
{
    public static ActivityFacts FromRow(Entity row)
    {
        _ = row ?? throw new ArgumentNullException(nameof(row));
        var table = SourceTables.Find(row.LogicalName)
            ?? throw new ArgumentException($"Capture does not read '{row.LogicalName}' rows; it reads {SourceTables.AllLogicalNames}.", nameof(row));
        var id = row.Id != Guid.Empty ? row.Id : ColumnReader.GetValue<Guid>(row, SourceTables.PrimaryIdOf(table)) ?? Guid.Empty;
        if (id == Guid.Empty)
        {
            throw new ArgumentException($"The {row.LogicalName} row has no id; a post-image or query result always carries it.", nameof(row));
        }

        return new ActivityFacts(
            table,
            id,
            StateOf(table, ColumnReader.GetChoice(row, RecordColumns.StateCode)),
            owner: User(row, RecordColumns.OwnerId),
            createdBy: User(row, RecordColumns.CreatedBy),
            createdOnBehalfBy: User(row, RecordColumns.CreatedOnBehalfBy),
            modifiedBy: User(row, RecordColumns.ModifiedBy),
            modifiedOnBehalfBy: User(row, RecordColumns.ModifiedOnBehalfBy),
            createdOn: ColumnReader.GetUtc(row, RecordColumns.CreatedOn),
            modifiedOn: ColumnReader.GetUtc(row, RecordColumns.ModifiedOn),
            overriddenCreatedOn: ColumnReader.GetUtc(row, RecordColumns.OverriddenCreatedOn),
            importSequenceNumber: ColumnReader.GetValue<int>(row, RecordColumns.ImportSequenceNumber),
            isOutgoing: ColumnReader.GetValue<bool>(row, Activity.DirectionCode));
    }

    /// <summary>statecode as the rule needs it: opportunities are Open, Won or Lost; activities Open, Completed, Canceled or Scheduled (dataverse-facts 5.1, 5.6).</summary>
    public static RecordState StateOf(SourceTable table, int? stateCode)
    {
        if (table == SourceTable.Opportunity)
        {
            return stateCode switch
            {
                Opportunity.StateWon => RecordState.Won,
                Opportunity.StateLost => RecordState.Lost,
                _ => RecordState.Open,
            };
        }

        return stateCode switch
        {
            Activity.StateCompleted => RecordState.Completed,
            Activity.StateCanceled => RecordState.Canceled,
            Activity.StateScheduled => RecordState.Scheduled,
            _ => RecordState.Open,
        };
    }

    private static UserReference? User(Entity row, string column) =>
        ColumnReader.Get<EntityReference>(row, column) is { Id: var id } reference && id != Guid.Empty
            ? new UserReference(id, reference.Name, isTeam: reference.LogicalName == Team.EntityName)
            : null;
}
