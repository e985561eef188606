namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>How much of a person's own activity a stored reason may tell: everything, or in privacy mode only the rule it was judged by.</summary>
public enum ReasonDetail
{
    /// <summary>The measured days and share, the window's dates, the last activity and what was not counted.</summary>
    WithFigures,

    /// <summary>The state, the tier, the thresholds and the rule that applied, without what the person logged or when.</summary>
    WithoutFigures,
}
