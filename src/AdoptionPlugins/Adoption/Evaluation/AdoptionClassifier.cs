using System;
using System.Linq;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>
/// Classifies one user fairly: excluded and on-leave people are not judged, new starters have a grace period,
/// the window skips leave and non-working days, thin evidence never makes a state worse, and a margin stops flip-flopping.
/// </summary>
public static class AdoptionClassifier
{
    /// <param name="subject">The user, with activity days covering at least the settings' lookback.</param>
    /// <param name="settings">Valid settings (see <see cref="SettingsValidator"/>).</param>
    /// <param name="today">The evaluation day in the user's own calendar; the window ends the day before.</param>
    public static AdoptionVerdict Classify(EvaluationSubject subject, AdoptionSettings settings, DateTime today)
    {
        subject = subject ?? throw new ArgumentNullException(nameof(subject));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        today = today.Date;

        var rules = settings.Classification;
        var profile = subject.Profile;
        var tier = TierRule.Decide(profile, subject.User, settings.Tiers);
        var pattern = profile.WorkPattern ?? rules.DefaultWorkPattern;
        if (tier.Tier == AdoptionTier.Excluded)
        {
            return new AdoptionVerdict(today, profile, tier, AdoptionState.Excluded, VerdictBasis.ExcludedTier, null, pattern, null, rules);
        }

        var window = UsageWindow.Measure(subject, pattern, today, rules);
        var leave = subject.Leave.FirstOrDefault(period => period.Covers(today));
        if (leave is not null)
        {
            return new AdoptionVerdict(today, profile, tier, AdoptionState.OnLeave, VerdictBasis.OnLeave, window, pattern, leave, rules);
        }

        var current = Rating.IsRated(profile.State) ? profile.State : null;
        var thresholds = rules.For(tier.Tier);
        var plain = Rating.Rate(window, thresholds, 0, null);
        var measured = Rating.Rate(window, thresholds, rules.HysteresisPoints, current);
        var measuredBasis = plain == measured ? VerdictBasis.Measured : VerdictBasis.HeldByHysteresis;
        var confident = window.WorkingDays >= rules.MinimumWorkingDays;
        var inGrace = today < profile.FirstSeenOn.AddDays(rules.GracePeriodDays);

        var state = measured;
        var basis = measuredBasis;
        if (inGrace && !(confident && measured == AdoptionState.Active))
        {
            state = AdoptionState.New;
            basis = VerdictBasis.GracePeriod;
        }
        else if (!inGrace && !confident)
        {
            // Thin evidence gives the benefit of the doubt: better states are taken, worse ones wait for more working days.
            state = current is { } kept && Rating.Rank(measured) < Rating.Rank(kept) ? kept
                : current is null && measured != AdoptionState.Active ? AdoptionState.New
                : measured;
            basis = state == AdoptionState.New ? VerdictBasis.ThinDataNew : VerdictBasis.ThinDataKept;
        }

        return new AdoptionVerdict(today, profile, tier, state, basis, window, pattern, null, rules);
    }
}
