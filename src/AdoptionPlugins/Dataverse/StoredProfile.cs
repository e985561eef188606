using System;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Runs;

namespace AdoptionPlugins.Dataverse;

/// <summary>An adoption profile row as stored: what the last evaluations decided and what administrators set (opt-out, VIP, work pattern).</summary>
public sealed class StoredProfile
{
    public StoredProfile(
        Guid userId,
        DateTime? firstSeenOn = null,
        AdoptionTier? tier = null,
        TierSource? tierSource = null,
        AdoptionState? state = null,
        DateTime? stateSince = null,
        AdoptionState? previousState = null,
        DateTime? evaluatedOn = null,
        bool isOptedOut = false,
        bool isVip = false,
        string? workPattern = null,
        DateTime? windowStart = null,
        bool? reasonHasFigures = null)
    {
        UserId = userId;
        FirstSeenOn = firstSeenOn?.Date;
        Tier = tier;
        TierSource = tierSource;
        State = state;
        StateSince = stateSince?.Date;
        PreviousState = previousState;
        EvaluatedOn = evaluatedOn;
        IsOptedOut = isOptedOut;
        IsVip = isVip;
        WorkPattern = workPattern;
        WindowStart = windowStart?.Date;
        ReasonHasFigures = reasonHasFigures;
    }

    public Guid UserId { get; }

    public DateTime? FirstSeenOn { get; }

    public AdoptionTier? Tier { get; }

    public TierSource? TierSource { get; }

    public AdoptionState? State { get; }

    public DateTime? StateSince { get; }

    public AdoptionState? PreviousState { get; }

    /// <summary>When the row was last written by an evaluation: only when its verdict changed.</summary>
    public DateTime? EvaluatedOn { get; }

    public bool IsOptedOut { get; }

    public bool IsVip { get; }

    /// <summary>The working days an administrator typed, such as "Mon,Tue,Wed".</summary>
    public string? WorkPattern { get; }

    /// <summary>The first day the stored reason and figures describe.</summary>
    public DateTime? WindowStart { get; }

    /// <summary>Whether the stored reason tells what the person logged; null on rows written before the column existed, which all did.</summary>
    public bool? ReasonHasFigures { get; }

    /// <summary>
    /// True when the stored reason must be written again although the verdict stands: it describes days the retention purge
    /// deletes (from <paramref name="keepFrom"/> on nothing older is kept), or privacy mode was switched since it was written.
    /// </summary>
    public bool NeedsNewReason(DateTime keepFrom, ReasonDetail detail)
    {
        if (EvaluatedOn is null)
        {
            return false;
        }

        var hasFigures = ReasonHasFigures ?? true;
        return WindowStart < keepFrom.Date || hasFigures != (detail == ReasonDetail.WithFigures);
    }

    /// <summary>True when an evaluation of <paramref name="today"/> already wrote the row: its state is today's, the one before is kept aside.</summary>
    public bool WrittenOn(DateTime today) => EvaluatedOn is { } written && written.Date == today.Date;

    /// <summary>The state before <paramref name="today"/>'s evaluation, so a retried page or a second run the same day judges from the same start.</summary>
    public AdoptionState? StateBefore(DateTime today) => WrittenOn(today) ? PreviousState : State;

    /// <summary>
    /// The profile as it was before <paramref name="today"/>'s evaluation. A new profile starts on the day the user was created,
    /// so only people who really are new get the grace period. An unreadable work pattern falls back to the usual week.
    /// </summary>
    public AdoptionProfile BeforeRun(DateTime today, DateTime knownSince)
    {
        var state = StateBefore(today);
        var since = state is null ? (DateTime?)null
            : WrittenOn(today) && PreviousState != State ? today.Date.AddDays(-1)
            : StateSince ?? today.Date;
        WorkPatternText.TryRead(WorkPattern, out var pattern);
        var firstSeen = FirstSeenOn ?? (knownSince > today.Date || knownSince == DateTime.MinValue ? today.Date : knownSince.Date);
        return new AdoptionProfile(
            UserId,
            firstSeen,
            Tier,
            Tier is null && TierSource == Adoption.Evaluation.TierSource.Explicit ? null : TierSource,
            state,
            since,
            IsOptedOut,
            IsVip,
            pattern);
    }
}
