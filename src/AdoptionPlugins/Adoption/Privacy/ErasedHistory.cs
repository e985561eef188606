using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>
/// Keeps an erased history erased: a reconcile derives signals again from the CRM's own rows, and must bring back nothing a
/// person did up to the day their adoption data was erased, neither as their credit nor as their name on a colleague's signal.
/// New work after that day counts as usual: the person still works here.
/// </summary>
public static class ErasedHistory
{
    /// <summary>
    /// Whether work done at <paramref name="occurredOnUtc"/> lies in a history erased on <paramref name="erasedOn"/>: up to the end
    /// of that day in UTC, so the erase day's work before the erase stays gone as well.
    /// </summary>
    public static bool Covers(DateTime erasedOn, DateTime occurredOnUtc) => occurredOnUtc < erasedOn.Date.AddDays(1);

    /// <summary>
    /// The signal as a reconcile may write it: null when it is erased history of the person credited, and without the name of an
    /// erased person it was logged for (the colleague who logged it keeps the credit).
    /// </summary>
    /// <param name="signal">A signal derived from a source row.</param>
    /// <param name="erasedOn">The day each erased person's history was erased, by user id.</param>
    public static Signal? Filter(Signal signal, IReadOnlyDictionary<Guid, DateTime> erasedOn)
    {
        _ = signal ?? throw new ArgumentNullException(nameof(signal));
        _ = erasedOn ?? throw new ArgumentNullException(nameof(erasedOn));
        if (erasedOn.TryGetValue(signal.UserId, out var credited) && Covers(credited, signal.OccurredOn))
        {
            return null;
        }

        return signal.OnBehalfOfId is { } loggedFor && erasedOn.TryGetValue(loggedFor, out var named) && Covers(named, signal.OccurredOn)
            ? new Signal(signal.UserId, signal.Kind, signal.Event, signal.Reason, signal.OccurredOn, signal.Table, signal.SourceId, signal.SourceKey)
            : signal;
    }
}
