using System;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>How the daily evaluation judges use of the CRM fairly: thresholds per tier, grace, window, hysteresis, confidence.</summary>
public sealed class ClassificationSettings
{
    public ClassificationSettings(
        TierThresholds executive,
        TierThresholds manager,
        TierThresholds contributor,
        int gracePeriodDays,
        int windowWorkingDays,
        int lookbackDays,
        int minimumWorkingDays,
        int hysteresisPoints,
        WorkPattern defaultWorkPattern,
        bool countTrackedEmails)
    {
        Executive = executive ?? throw new ArgumentNullException(nameof(executive));
        Manager = manager ?? throw new ArgumentNullException(nameof(manager));
        Contributor = contributor ?? throw new ArgumentNullException(nameof(contributor));
        GracePeriodDays = gracePeriodDays;
        WindowWorkingDays = windowWorkingDays;
        LookbackDays = lookbackDays;
        MinimumWorkingDays = minimumWorkingDays;
        HysteresisPoints = hysteresisPoints;
        DefaultWorkPattern = defaultWorkPattern ?? throw new ArgumentNullException(nameof(defaultWorkPattern));
        CountTrackedEmails = countTrackedEmails;
    }

    public TierThresholds Executive { get; }

    public TierThresholds Manager { get; }

    public TierThresholds Contributor { get; }

    /// <summary>Calendar days after a user is first seen during which they are never flagged.</summary>
    public int GracePeriodDays { get; }

    /// <summary>How many of the user's own working days (leave left out) the judgement looks at.</summary>
    public int WindowWorkingDays { get; }

    /// <summary>How many calendar days back the window may reach to find its working days.</summary>
    public int LookbackDays { get; }

    /// <summary>Below this many working days the evidence is too thin: a state may improve but never get worse.</summary>
    public int MinimumWorkingDays { get; }

    /// <summary>Percentage points a share must pass a threshold by before the state changes, so nobody flips day to day.</summary>
    public int HysteresisPoints { get; }

    public WorkPattern DefaultWorkPattern { get; }

    /// <summary>Whether emails tracked automatically by server-side sync count as the user's own use.</summary>
    public bool CountTrackedEmails { get; }

    public TierThresholds For(AdoptionTier tier) => tier switch
    {
        AdoptionTier.Executive => Executive,
        AdoptionTier.Manager => Manager,
        AdoptionTier.Contributor => Contributor,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Excluded users have no thresholds."),
    };
}
