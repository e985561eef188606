namespace AdoptionPlugins.Adoption.Runs;

/// <summary>
/// The parts of a daily run in order: everyone's verdict, then each leader's team, then the sponsor's digest, then the purge of
/// data past retention, one table per phase. A cursor names its phase by a letter, not by this order (<see cref="EvaluationCursor"/>).
/// </summary>
public enum EvaluationPhase
{
    /// <summary>Pages of users: roll up their days, classify them, write profiles, personal wins and help.</summary>
    Users,

    /// <summary>Pages of leaders: executive nudges and team summaries, which need every member's verdict of the day.</summary>
    Teams,

    /// <summary>One page: team milestones, deals won, the sponsor digest; only when the whole organization is evaluated.</summary>
    Digest,

    /// <summary>Pages of activity signals past retention, deleted; only in the whole organization's run, as the digest.</summary>
    PurgeSignals,

    /// <summary>Pages of activity days past retention, deleted.</summary>
    PurgeActivityDays,

    /// <summary>Pages of message log rows past retention and past the cool-down, deleted.</summary>
    PurgeMessageLog,

    /// <summary>Pages of quick wins past retention, deleted.</summary>
    PurgeQuickWins,

    /// <summary>Pages of leave periods that ended before retention, deleted.</summary>
    PurgeLeavePeriods,

    /// <summary>Pages of profiles whose first or last activity is past retention: those dates are cleared, the verdict kept.</summary>
    PurgeProfiles,

    /// <summary>Pages of summary rows (totals of groups, no one person's data) whose day is past retention, deleted.</summary>
    PurgeSummaries,
}
