using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;

namespace AdoptionPlugins.Adoption.Daily;

/// <summary>What a daily evaluation decided, as plain rows a gateway writes: verdicts, new quick wins, every message decision, notes.</summary>
public sealed class DailyResult
{
    public DailyResult(IEnumerable<AdoptionVerdict> verdicts, IEnumerable<QuickWin> wins, IEnumerable<MessageDecision> decisions, IEnumerable<string> notes)
    {
        Verdicts = (verdicts ?? throw new ArgumentNullException(nameof(verdicts))).ToArray();
        Wins = (wins ?? throw new ArgumentNullException(nameof(wins))).ToArray();
        Decisions = (decisions ?? throw new ArgumentNullException(nameof(decisions))).ToArray();
        Notes = (notes ?? throw new ArgumentNullException(nameof(notes))).ToArray();
    }

    public IReadOnlyList<AdoptionVerdict> Verdicts { get; }

    /// <summary>Verdicts whose profile row must be written; the others are unchanged and cost no request.</summary>
    public IEnumerable<AdoptionVerdict> Changed => Verdicts.Where(verdict => verdict.HasChanged);

    /// <summary>Quick wins raised for the first time.</summary>
    public IReadOnlyList<QuickWin> Wins { get; }

    /// <summary>Every message sent, recorded by a dry run, or withheld, each with its logged reason: the dry-run list.</summary>
    public IReadOnlyList<MessageDecision> Decisions { get; }

    /// <summary>Log lines about the run itself, such as a digest that has no sponsor to go to.</summary>
    public IReadOnlyList<string> Notes { get; }

    public int Sent => Decisions.Count(decision => decision.Outcome == MessageOutcome.Send);
}
