using System;

namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>What the evaluation remembers about a user between runs (an adopt_adoptionprofile row).</summary>
public sealed class AdoptionProfile
{
    public AdoptionProfile(
        Guid userId,
        DateTime firstSeenOn,
        AdoptionTier? tier = null,
        TierSource? tierSource = null,
        AdoptionState? state = null,
        DateTime? stateSince = null,
        bool isOptedOut = false,
        bool isVip = false,
        WorkPattern? workPattern = null)
    {
        if (userId == Guid.Empty)
        {
            throw new ArgumentException("A profile needs the id of the user it describes.", nameof(userId));
        }

        if (tierSource == Evaluation.TierSource.Explicit && tier is null)
        {
            throw new ArgumentException("A tier set explicitly by an administrator needs the tier itself.", nameof(tier));
        }

        if (state is not null && stateSince is null)
        {
            throw new ArgumentException("A stored state needs the day it started.", nameof(stateSince));
        }

        UserId = userId;
        FirstSeenOn = firstSeenOn.Date;
        Tier = tier;
        TierSource = tierSource;
        State = state;
        StateSince = stateSince?.Date;
        IsOptedOut = isOptedOut;
        IsVip = isVip;
        WorkPattern = workPattern;
    }

    public Guid UserId { get; }

    /// <summary>The first day the user was known to the CRM; the grace period counts from here.</summary>
    public DateTime FirstSeenOn { get; }

    public AdoptionTier? Tier { get; }

    public TierSource? TierSource { get; }

    /// <summary>The state of the last evaluation, or null before the first one.</summary>
    public AdoptionState? State { get; }

    public DateTime? StateSince { get; }

    /// <summary>The user asked not to receive adoption messages.</summary>
    public bool IsOptedOut { get; }

    /// <summary>An administrator listed the user as someone never messaged automatically.</summary>
    public bool IsVip { get; }

    /// <summary>The user's own working days, or null for the organisation's usual week.</summary>
    public WorkPattern? WorkPattern { get; }
}
