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

    /// <summary>
    /// Whether the decision deserves a row in the message log. Everything sent, recorded by a dry run or held back is,
    /// except a retry of what is already logged and a routine summary, help note or digest that is simply not due yet:
    /// logging those every day would cost a write per person per day for nothing an administrator needs to know.
    /// </summary>
    public bool ShouldBeLogged => Reason switch
    {
        null => true,
        WithholdReason.AlreadyHandled => false,
        WithholdReason.CoolDown or WithholdReason.AlreadyMessagedThisPeriod => Candidate.Kind == MessageKind.ExecutiveNudge,
        _ => true,
    };
}
