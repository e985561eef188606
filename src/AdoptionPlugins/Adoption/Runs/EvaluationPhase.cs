namespace AdoptionPlugins.Adoption.Runs;

/// <summary>The parts of a daily run in order: everyone's verdict, then each leader's team, then the sponsor's digest.</summary>
public enum EvaluationPhase
{
    /// <summary>Pages of users: roll up their days, classify them, write profiles, personal wins and help.</summary>
    Users,

    /// <summary>Pages of leaders: executive nudges and team summaries, which need every member's verdict of the day.</summary>
    Teams,

    /// <summary>One page: team milestones, deals won, the sponsor digest; only when the whole organization is evaluated.</summary>
    Digest,
}
