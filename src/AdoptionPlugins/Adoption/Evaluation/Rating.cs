using System;
using AdoptionPlugins.Adoption.Settings;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>Turns a usage share into active, slipping or inactive, with a margin so a share hovering at a threshold never flips the state.</summary>
public static class Rating
{
    /// <summary>True for the three states that are judged from activity.</summary>
    public static bool IsRated(AdoptionState? state) => state is AdoptionState.Active or AdoptionState.Slipping or AdoptionState.Inactive;

    /// <summary>
    /// Without a rated current state, the plain thresholds decide. With one, the state only gets better when the share
    /// passes the better state's threshold plus the margin, and only gets worse when it falls below the threshold minus it.
    /// </summary>
    public static AdoptionState Rate(UsageWindow window, TierThresholds thresholds, int marginPoints, AdoptionState? current)
    {
        window = window ?? throw new ArgumentNullException(nameof(window));
        thresholds = thresholds ?? throw new ArgumentNullException(nameof(thresholds));

        var plain = Band(window, thresholds.ActivePercent, thresholds.InactivePercent);
        if (!IsRated(current) || plain == current)
        {
            return plain;
        }

        var currentState = current!.Value;
        if (Rank(plain) > Rank(currentState))
        {
            var raised = Band(window, thresholds.ActivePercent + marginPoints, thresholds.InactivePercent + marginPoints);
            return Rank(raised) > Rank(currentState) ? raised : currentState;
        }

        var lowered = Band(window, thresholds.ActivePercent - marginPoints, thresholds.InactivePercent - marginPoints);
        return Rank(lowered) < Rank(currentState) ? lowered : currentState;
    }

    /// <summary>Orders rated states from worst to best.</summary>
    public static int Rank(AdoptionState state) => state switch
    {
        AdoptionState.Inactive => 0,
        AdoptionState.Slipping => 1,
        AdoptionState.Active => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Only active, slipping and inactive are ranked."),
    };

    private static AdoptionState Band(UsageWindow window, int activePercent, int inactivePercent) =>
        window.Reaches(activePercent) ? AdoptionState.Active
        : window.Reaches(inactivePercent) ? AdoptionState.Slipping
        : AdoptionState.Inactive;
}
