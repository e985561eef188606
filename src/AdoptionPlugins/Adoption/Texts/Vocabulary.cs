using System;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Texts;

/// <summary>The words for tiers and states, so every sentence names them the same way in every language.</summary>
public static class Vocabulary
{
    public static string Name(this TextLanguage language, AdoptionState state) => Required(language).Format(state switch
    {
        AdoptionState.New => TextKey.StateNew,
        AdoptionState.Active => TextKey.StateActive,
        AdoptionState.Slipping => TextKey.StateSlipping,
        AdoptionState.Inactive => TextKey.StateInactive,
        AdoptionState.OnLeave => TextKey.StateOnLeave,
        AdoptionState.Excluded => TextKey.StateExcluded,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown adoption state."),
    });

    public static string Name(this TextLanguage language, AdoptionTier tier) => Required(language).Format(tier switch
    {
        AdoptionTier.Executive => TextKey.TierExecutive,
        AdoptionTier.Manager => TextKey.TierManager,
        AdoptionTier.Contributor => TextKey.TierContributor,
        AdoptionTier.Excluded => TextKey.TierExcluded,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown adoption tier."),
    });

    private static TextLanguage Required(TextLanguage language) => language ?? throw new ArgumentNullException(nameof(language));
}
