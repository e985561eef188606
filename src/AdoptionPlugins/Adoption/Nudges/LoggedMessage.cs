using System;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>A message in the log from earlier runs: sent, or recorded by a dry run.</summary>
public sealed class LoggedMessage
{
    public LoggedMessage(Guid recipientId, MessageKind kind, DateTime day, bool wasSent)
    {
        RecipientId = recipientId;
        Kind = kind;
        Day = day.Date;
        WasSent = wasSent;
    }

    public Guid RecipientId { get; }

    public MessageKind Kind { get; }

    public DateTime Day { get; }

    /// <summary>False for a dry-run entry: it counts for later dry runs, never once sending is on.</summary>
    public bool WasSent { get; }

    public string Key => MessageCandidate.MessageKey(Kind, RecipientId, Day);
}
