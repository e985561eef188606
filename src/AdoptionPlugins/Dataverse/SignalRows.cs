using System;
using System.Globalization;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>Maps a <see cref="Signal"/> to its <c>adopt_activitysignal</c> row and back.</summary>
public static class SignalRows
{
    /// <summary>The columns <see cref="FromRow"/> reads.</summary>
    public static readonly string[] Columns =
    [
        ActivitySignal.UserId, ActivitySignal.Kind, ActivitySignal.Event, ActivitySignal.OccurredOn, ActivitySignal.SourceTable,
        ActivitySignal.SourceId, ActivitySignal.SourceKey, ActivitySignal.OnBehalfOfId, ActivitySignal.CreditReason,
    ];

    /// <summary>The whole row, owned by the credited user; every column is written, so a later upsert of the same event replaces all of it.</summary>
    public static Entity ToRow(Signal signal)
    {
        _ = signal ?? throw new ArgumentNullException(nameof(signal));
        var credited = new EntityReference(SystemUser.EntityName, signal.UserId);
        var row = new Entity(ActivitySignal.EntityName, signal.Id);
        row[ActivitySignal.Name] = signal.Name;
        row[ActivitySignal.UserId] = credited;
        row[ActivitySignal.OwnerId] = new EntityReference(SystemUser.EntityName, signal.UserId);
        row[ActivitySignal.Kind] = new OptionSetValue(SignalChoices.ValueOf(signal.Kind));
        row[ActivitySignal.Event] = new OptionSetValue(SignalChoices.ValueOf(signal.Event));
        row[ActivitySignal.CreditReason] = new OptionSetValue(SignalChoices.ValueOf(signal.Reason));
        row[ActivitySignal.OccurredOn] = signal.OccurredOn;
        row[ActivitySignal.SourceTable] = SourceTables.LogicalNameOf(signal.Table);
        row[ActivitySignal.SourceId] = signal.SourceId.ToString("D", CultureInfo.InvariantCulture);
        row[ActivitySignal.SourceKey] = signal.SourceKey;
        row[ActivitySignal.OnBehalfOfId] = signal.OnBehalfOfId is { } owner ? new EntityReference(SystemUser.EntityName, owner) : null;
        return row;
    }

    /// <summary>Reads a stored signal; a row that is not a valid signal fails with its id and what is wrong.</summary>
    public static Signal FromRow(Entity row)
    {
        _ = row ?? throw new ArgumentNullException(nameof(row));
        try
        {
            var sourceTableName = ColumnReader.Get<string>(row, ActivitySignal.SourceTable);
            return new Signal(
                ColumnReader.Get<EntityReference>(row, ActivitySignal.UserId)?.Id ?? throw Missing(ActivitySignal.UserId),
                SignalChoices.KindOf(ColumnReader.GetChoice(row, ActivitySignal.Kind) ?? throw Missing(ActivitySignal.Kind)),
                SignalChoices.EventOf(ColumnReader.GetChoice(row, ActivitySignal.Event) ?? throw Missing(ActivitySignal.Event)),
                SignalChoices.ReasonOf(ColumnReader.GetChoice(row, ActivitySignal.CreditReason) ?? throw Missing(ActivitySignal.CreditReason)),
                ColumnReader.GetUtc(row, ActivitySignal.OccurredOn) ?? throw Missing(ActivitySignal.OccurredOn),
                SourceTables.Find(sourceTableName) ?? throw new ArgumentException($"{ActivitySignal.SourceTable} '{sourceTableName}' is not a captured table."),
                Guid.Parse(ColumnReader.Get<string>(row, ActivitySignal.SourceId) ?? throw Missing(ActivitySignal.SourceId)),
                ColumnReader.Get<string>(row, ActivitySignal.SourceKey) ?? throw Missing(ActivitySignal.SourceKey),
                ColumnReader.Get<EntityReference>(row, ActivitySignal.OnBehalfOfId)?.Id);
        }
        catch (Exception invalid) when (invalid is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new InvalidOperationException($"Activity signal {row.Id} cannot be read: {invalid.Message} Fix or delete the row, then run the reconcile again.", invalid);
        }
    }

    private static ArgumentException Missing(string column) => new($"{column} is empty.");
}
