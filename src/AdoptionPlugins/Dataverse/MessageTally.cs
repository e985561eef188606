using System;
using AdoptionPlugins.Adoption.Nudges;

namespace AdoptionPlugins.Dataverse;

/// <summary>What a page did with its messages: sent, held back (dry run or withheld, as logged), and how many count against the run's ceiling.</summary>
public sealed class MessageTally
{
    public int Sent { get; private set; }

    public int Held { get; private set; }

    /// <summary>Messages that count against the per-run ceiling: sent (now or by an earlier try) or recorded by a dry run, quick-win notices excepted.</summary>
    public int Counted { get; private set; }

    /// <summary>Sponsor digests sent or recorded by a dry run.</summary>
    public int Digests { get; private set; }

    public void Add(MessageDecision decision)
    {
        _ = decision ?? throw new ArgumentNullException(nameof(decision));
        if (decision.Outcome == MessageOutcome.Send)
        {
            Sent++;
        }
        else if (decision.ShouldBeLogged)
        {
            Held++;
        }

        // A message already sent today by a page now retried still counts, so a retry leaves the run's count as it was.
        if ((decision.CountsAsSent || decision.Reason == WithholdReason.AlreadyHandled) && decision.Candidate.Kind != MessageKind.QuickWinNotice)
        {
            Counted++;
        }

        if (decision.CountsAsSent && decision.Candidate.Kind == MessageKind.SponsorDigest)
        {
            Digests++;
        }
    }
}
