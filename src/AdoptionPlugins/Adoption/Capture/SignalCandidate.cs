using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>One event found on a row with the credit decision for it: a signal when someone is credited, a logged "no" otherwise.</summary>
public sealed class SignalCandidate
{
    public SignalCandidate(ActivityFacts facts, SignalKind kind, SignalEvent signalEvent, string sourceKey, DateTime occurredOn, CreditDecision decision)
    {
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        Kind = kind;
        Event = signalEvent;
        SourceKey = sourceKey ?? throw new ArgumentNullException(nameof(sourceKey));
        OccurredOn = occurredOn;
        Decision = decision ?? throw new ArgumentNullException(nameof(decision));
    }

    public ActivityFacts Facts { get; }

    public SignalKind Kind { get; }

    public SignalEvent Event { get; }

    public string SourceKey { get; }

    public DateTime OccurredOn { get; }

    public CreditDecision Decision { get; }

    /// <summary>The signal to write, or null when nobody is credited.</summary>
    public Signal? ToSignal() => Decision.UserId is { } user
        ? new Signal(user, Kind, Event, Decision.Reason!.Value, OccurredOn, Facts.Table, Facts.Id, SourceKey, Decision.OnBehalfOfId)
        : null;

    public override string ToString() => $"{SignalNames.Of(Kind, Event)} ({SourceKey}): {Decision}";
}
