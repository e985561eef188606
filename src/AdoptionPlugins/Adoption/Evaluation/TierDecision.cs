namespace AdoptionPlugins.Adoption.Evaluation;

/// <summary>A user's tier and the evidence behind it: the matching role, or the job title and the phrase it matched.</summary>
public sealed class TierDecision
{
    public TierDecision(AdoptionTier tier, TierSource source, string? evidence = null, string? matchedPhrase = null)
    {
        Tier = tier;
        Source = source;
        Evidence = evidence;
        MatchedPhrase = matchedPhrase;
    }

    public AdoptionTier Tier { get; }

    public TierSource Source { get; }

    /// <summary>The role name for <see cref="TierSource.Role"/>, the job title for <see cref="TierSource.TitleRule"/>.</summary>
    public string? Evidence { get; }

    /// <summary>The title rule's phrase the job title matched.</summary>
    public string? MatchedPhrase { get; }
}
