using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Adoption.Capture;

// Counts for one user-day while the roll-up runs; a fresh one per roll-up, never shared.
internal sealed class ActivityDayTally
{
    private readonly Dictionary<SignalKind, int> _logged = [];

    public int Completed { get; private set; }

    public int LoggedOnBehalf { get; private set; }

    public int Total { get; private set; }

    public DateTime? First { get; private set; }

    public DateTime? Last { get; private set; }

    public int Count(SignalKind kind) => _logged.TryGetValue(kind, out var count) ? count : 0;

    public void AddOwn(Signal signal)
    {
        if (signal.Event == SignalEvent.Completed)
        {
            Completed++;
        }
        else
        {
            _logged[signal.Kind] = Count(signal.Kind) + 1;
        }

        Total++;
        First = First is { } first && first <= signal.OccurredOn ? first : signal.OccurredOn;
        Last = Last is { } last && last >= signal.OccurredOn ? last : signal.OccurredOn;
    }

    public void AddOnBehalf() => LoggedOnBehalf++;
}
