using System;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>What happens to one candidate message and why, with the text to log: the dry-run list is made of these.</summary>
public sealed class MessageDecision
{
    public MessageDecision(MessageCandidate candidate, MessageOutcome outcome, WithholdReason? reason, MessageChannels channels, string log)
    {
        Candidate = candidate ?? throw new ArgumentNullException(nameof(candidate));
        Outcome = outcome;
        Reason = reason;
        Channels = channels;
        Log = log ?? throw new ArgumentNullException(nameof(log));
    }

    public MessageCandidate Candidate { get; }

    public MessageOutcome Outcome { get; }

    /// <summary>Why it was withheld; null when it is sent or shown in the dry run.</summary>
    public WithholdReason? Reason { get; }

    /// <summary>The channels it goes (or would go) out on.</summary>
    public MessageChannels Channels { get; }

    /// <summary>The log entry in the report language: the outcome, the reason, and any channel or language note.</summary>
    public string Log { get; }

    public bool CountsAsSent => Outcome != MessageOutcome.Withheld;
}
