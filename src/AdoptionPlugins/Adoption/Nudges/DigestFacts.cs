using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Teams;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>What a sponsor digest reports on: totals for leaders and everyone, the shares of the last digest, wins and what was sent.</summary>
public sealed class DigestFacts
{
    public DigestFacts(
        GroupTotals leaders,
        GroupTotals everyone,
        int? leadersPercentBefore,
        int? everyonePercentBefore,
        IEnumerable<QuickWin> wins,
        IEnumerable<Guid> nudgedExecutives,
        int withheld,
        int dryRun,
        int periodDays)
    {
        Leaders = leaders ?? throw new ArgumentNullException(nameof(leaders));
        Everyone = everyone ?? throw new ArgumentNullException(nameof(everyone));
        LeadersPercentBefore = leadersPercentBefore;
        EveryonePercentBefore = everyonePercentBefore;
        Wins = (wins ?? throw new ArgumentNullException(nameof(wins))).ToArray();
        NudgedExecutives = (nudgedExecutives ?? throw new ArgumentNullException(nameof(nudgedExecutives))).Distinct().ToArray();
        Withheld = withheld;
        DryRun = dryRun;
        PeriodDays = periodDays;
    }

    /// <summary>Executives and managers.</summary>
    public GroupTotals Leaders { get; }

    public GroupTotals Everyone { get; }

    /// <summary>The leaders' active share in the last digest, for the trend; null for the first digest.</summary>
    public int? LeadersPercentBefore { get; }

    public int? EveryonePercentBefore { get; }

    public IReadOnlyList<QuickWin> Wins { get; }

    /// <summary>Executives who were sent (or, in a dry run, would have been sent) a "lead by example" note in the period.</summary>
    public IReadOnlyList<Guid> NudgedExecutives { get; }

    /// <summary>Messages held back in this run (the log keeps earlier ones).</summary>
    public int Withheld { get; }

    /// <summary>Messages a dry run recorded instead of sending in the period.</summary>
    public int DryRun { get; }

    public int PeriodDays { get; }

    /// <summary>
    /// The facts from everyone's standing, this run's decisions and the log of the period: nudges sent on earlier days
    /// of the period are reported too (real sends only once sending is on, like the policy).
    /// </summary>
    public static DigestFacts Of(IEnumerable<TeamMember> everyone, int? leadersPercentBefore, int? everyonePercentBefore, IEnumerable<QuickWin> wins, IEnumerable<MessageDecision> decisions, IEnumerable<LoggedMessage> history, bool sending, DateTime today, int periodDays)
    {
        var members = (everyone ?? throw new ArgumentNullException(nameof(everyone))).ToList();
        var decided = (decisions ?? throw new ArgumentNullException(nameof(decisions))).ToList();
        var earlier = (history ?? throw new ArgumentNullException(nameof(history)))
            .Where(entry => entry.Day > today.Date.AddDays(-periodDays) && entry.Day < today.Date && (entry.WasSent || !sending))
            .ToList();
        return new DigestFacts(
            GroupTotals.Of(members.Where(member => member.IsLeader).Select(member => member.State)),
            GroupTotals.Of(members.Select(member => member.State)),
            leadersPercentBefore,
            everyonePercentBefore,
            wins,
            earlier.Where(entry => entry.Kind == MessageKind.ExecutiveNudge).Select(entry => entry.RecipientId)
                .Concat(decided.Where(decision => decision.CountsAsSent && decision.Candidate.Kind == MessageKind.ExecutiveNudge).Select(decision => decision.Candidate.Recipient.UserId)),
            decided.Count(decision => decision.Outcome == MessageOutcome.Withheld),
            earlier.Count(entry => !entry.WasSent) + decided.Count(decision => decision.Outcome == MessageOutcome.DryRun),
            periodDays);
    }
}
