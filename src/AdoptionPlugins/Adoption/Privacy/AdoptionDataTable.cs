namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>
/// The tables of ours that hold one person's adoption data, in the order they are purged, exported and erased; and, for the erase
/// only, the rows of other people that name the person.
/// </summary>
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

    /// <summary>
    /// Other people's messages (<c>adopt_nudge</c>) that name the person, such as a manager's team summary or the sponsor digest:
    /// erased only, where the name gives way to a stand-in and the rest stays. Ordered before the profile, which holds the name.
    /// </summary>
    MessagesNamingThem,

    /// <summary>Other people's quick wins (<c>adopt_quickwin</c>) that name the person, such as a deal they helped win: erased only, like the messages.</summary>
    WinsNamingThem,

    /// <summary>
    /// The adoption profile (<c>adopt_adoptionprofile</c>): kept by the purge, which only clears its old activity dates; left by
    /// the erase as a tombstone that remembers the day the history was erased, so no reconcile brings it back.
    /// </summary>
    Profiles,
}
