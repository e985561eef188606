namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>How a user's tier was decided, so a manager can see why someone counts as an executive.</summary>
public enum TierSource
{
    Role,
    TitleRule,
    Explicit,
    Default,
}
