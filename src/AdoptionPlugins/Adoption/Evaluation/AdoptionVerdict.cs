using System;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>The outcome of one user's evaluation: tier, state and since when, the rule and numbers behind it, and why in words.</summary>
public sealed class AdoptionVerdict
{
    public AdoptionVerdict(
        DateTime evaluatedOn,
        AdoptionProfile previous,
        TierDecision tier,
        AdoptionState state,
        VerdictBasis basis,
        UsageWindow? window,
        WorkPattern pattern,
        LeavePeriod? currentLeave,
        ClassificationSettings rules)
    {
        EvaluatedOn = evaluatedOn.Date;
        Previous = previous ?? throw new ArgumentNullException(nameof(previous));
        Tier = tier ?? throw new ArgumentNullException(nameof(tier));
        State = state;
        Basis = basis;
        Window = window;
        Pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));
        CurrentLeave = currentLeave;
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        StateSince = state == previous.State && previous.StateSince is { } since ? since : EvaluatedOn;
    }

    public Guid UserId => Previous.UserId;

    public DateTime EvaluatedOn { get; }

    /// <summary>The profile as it was before this evaluation: the state it changed from.</summary>
    public AdoptionProfile Previous { get; }

    public TierDecision Tier { get; }

    public AdoptionState State { get; }

    /// <summary>The day the state began: kept from the profile while the state holds, else the evaluation day.</summary>
    public DateTime StateSince { get; }

    public VerdictBasis Basis { get; }

    /// <summary>The evidence; null only for excluded users, who are not measured.</summary>
    public UsageWindow? Window { get; }

    /// <summary>The working days the user was held to.</summary>
    public WorkPattern Pattern { get; }

    /// <summary>The leave period covering the evaluation day, when the user is on leave.</summary>
    public LeavePeriod? CurrentLeave { get; }

    /// <summary>The rules the verdict was reached with, so its numbers can be explained later exactly.</summary>
    public ClassificationSettings Rules { get; }

    /// <summary>The tier's thresholds the window was held against; null for excluded users.</summary>
    public TierThresholds? Thresholds => Tier.Tier == AdoptionTier.Excluded ? null : Rules.For(Tier.Tier);

    /// <summary>The last day of the grace period (the first day counts as one).</summary>
    public DateTime GraceEndsOn => Previous.FirstSeenOn.AddDays(Rules.GracePeriodDays - 1);

    /// <summary>Enough working days were measured to judge without the benefit of the doubt.</summary>
    public bool IsConfident => Basis is VerdictBasis.Measured or VerdictBasis.HeldByHysteresis;

    public bool StateChanged => Previous.State != State;

    /// <summary>True when the profile row needs a write: state or tier differ from what is stored.</summary>
    public bool HasChanged => StateChanged || Previous.Tier != Tier.Tier || Previous.TierSource != Tier.Source;

    /// <summary>Why, in words a manager can read: the state, the tier and its evidence, the numbers, the dates and the rule.</summary>
    public string Explain(TextLanguage language) => VerdictReason.Write(this, language);

    /// <summary>Why, in as much detail as the reader may see: see <see cref="ReasonDetail"/>.</summary>
    public string Explain(TextLanguage language, ReasonDetail detail) => VerdictReason.Write(this, language, detail);
}
