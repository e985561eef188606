using System;
using AdoptionPlugins.Adoption.Nudges;

namespace AdoptionPlugins.Dataverse;

/// <summary>One row of the message log as read back: who, what kind, which day and what happened to it.</summary>
public sealed class LoggedNudge
{
    public LoggedNudge(Guid recipientId, MessageKind kind, DateTime day, MessageOutcome outcome)
    {
        RecipientId = recipientId;
        Kind = kind;
        Day = day.Date;
        Outcome = outcome;
    }

    public Guid RecipientId { get; }

    public MessageKind Kind { get; }

    public DateTime Day { get; }

    public MessageOutcome Outcome { get; }

    /// <summary>The entry as message hygiene reads it, or null for a withheld message, which counts for nothing.</summary>
    public LoggedMessage? ForPolicy() => Outcome == MessageOutcome.Withheld ? null : new LoggedMessage(RecipientId, Kind, Day, Outcome == MessageOutcome.Send);
}
