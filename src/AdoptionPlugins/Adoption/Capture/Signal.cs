using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>One credited event: an <c>adopt_activitysignal</c> row, whose id is derived from its source key.</summary>
public sealed class Signal
{
    public Signal(
        Guid userId,
        SignalKind kind,
        SignalEvent signalEvent,
        CreditReason reason,
        DateTime occurredOn,
        SourceTable table,
        Guid sourceId,
        string sourceKey,
        Guid? onBehalfOfId = null)
    {
        if (userId == Guid.Empty)
        {
            throw new ArgumentException("A signal is credited to a user.", nameof(userId));
        }

        if (string.IsNullOrWhiteSpace(sourceKey))
        {
            throw new ArgumentException("A signal needs the source key its id is derived from.", nameof(sourceKey));
        }

        if (occurredOn.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("A signal's time is UTC.", nameof(occurredOn));
        }

        UserId = userId;
        Kind = kind;
        Event = signalEvent;
        Reason = reason;
        OccurredOn = DateTime.SpecifyKind(occurredOn, DateTimeKind.Utc);
        Table = table;
        SourceId = sourceId;
        SourceKey = sourceKey;
        OnBehalfOfId = onBehalfOfId == userId ? null : onBehalfOfId;
        Id = DeterministicGuid.Create(sourceKey);
    }

    /// <summary>Derived from <see cref="SourceKey"/>: a retry or a reconcile of the same event writes the same row.</summary>
    public Guid Id { get; }

    public Guid UserId { get; }

    public SignalKind Kind { get; }

    public SignalEvent Event { get; }

    public CreditReason Reason { get; }

    public DateTime OccurredOn { get; }

    public SourceTable Table { get; }

    public Guid SourceId { get; }

    public string SourceKey { get; }

    public Guid? OnBehalfOfId { get; }

    /// <summary>The row's primary name, e.g. "Phone call logged".</summary>
    public string Name => SignalNames.Of(Kind, Event);

    public override string ToString() => $"{Name} by {UserId} at {OccurredOn:u} ({SourceKey})";
}
