namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>The tables of ours that hold one person's adoption data, in the order they are purged, exported and erased.</summary>
public enum AdoptionDataTable
{
    /// <summary>One row per credited event (<c>adopt_activitysignal</c>).</summary>
    Signals,

    /// <summary>One row per user and local day (<c>adopt_activityday</c>).</summary>
    ActivityDays,

    /// <summary>The message log (<c>adopt_nudge</c>): what was sent, held or withheld, and why.</summary>
    MessageLog,

    /// <summary>Quick wins (<c>adopt_quickwin</c>).</summary>
    QuickWins,

    /// <summary>Leave periods (<c>adopt_leaveperiod</c>).</summary>
    LeavePeriods,

    /// <summary>The adoption profile (<c>adopt_adoptionprofile</c>): kept by the purge, which only clears its old activity dates.</summary>
    Profiles,
}
