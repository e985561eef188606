namespace AdoptionPlugins.Dataverse;

/// <summary>What one reconcile page did, and where the next one starts.</summary>
public sealed class ReconcilePageResult
{
    public ReconcilePageResult(string? nextCursor, int signalsWritten, int daysWritten)
    {
        NextCursor = nextCursor;
        SignalsWritten = signalsWritten;
        DaysWritten = daysWritten;
    }

    /// <summary>Pass it back for the next page; null when the run is done.</summary>
    public string? NextCursor { get; }

    public bool HasMore => NextCursor is not null;

    /// <summary>Signals the plugins had not recorded (bypassed steps, history before install).</summary>
    public int SignalsWritten { get; }

    public int DaysWritten { get; }

    public override string ToString() => $"{SignalsWritten} signals, {DaysWritten} days, {(HasMore ? "more to do" : "done")}";
}
