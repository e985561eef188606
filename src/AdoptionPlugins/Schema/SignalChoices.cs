using System;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Schema;

/// <summary>Option values of the activity signal's choices (publisher option prefix 61837), both ways.</summary>
public static class SignalChoices
{
    private const int Base = 618370000;

    /// <summary>adopt_kind: task 618370000 ... opportunity won 618370008, in <see cref="SignalKind"/> order.</summary>
    public static int ValueOf(SignalKind kind) => Base + (int)kind;

    /// <summary>adopt_event: logged 618370000, completed 618370001.</summary>
    public static int ValueOf(SignalEvent signalEvent) => Base + (int)signalEvent;

    /// <summary>adopt_creditreason: initiating user 618370000, owner via server-side sync 618370001, delegate 618370002.</summary>
    public static int ValueOf(CreditReason reason) => Base + (int)reason;

    public static SignalKind KindOf(int value) => (SignalKind)Offset(value, (int)SignalKind.OpportunityWon, "adopt_kind");

    public static SignalEvent EventOf(int value) => (SignalEvent)Offset(value, (int)SignalEvent.Completed, "adopt_event");

    public static CreditReason ReasonOf(int value) => (CreditReason)Offset(value, (int)CreditReason.Delegate, "adopt_creditreason");

    private static int Offset(int value, int lastOffset, string column)
    {
        var offset = value - Base;
        return offset >= 0 && offset <= lastOffset
            ? offset
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not an option of {column}.");
    }
}
