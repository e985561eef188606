using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Texts;

/// <summary>The languages the product writes in, and the choice of one for a recipient with a logged fallback.</summary>
public static class TextCatalog
{
    public static IReadOnlyList<TextLanguage> Languages { get; } = [new EnglishTexts(), new GermanTexts()];

    public static TextLanguage? Find(int lcid) => Languages.FirstOrDefault(language => language.Lcid == lcid);

    /// <summary>The language with this id; for settings already validated to name catalog languages only.</summary>
    public static TextLanguage Get(int lcid) => Find(lcid)
        ?? throw new ArgumentOutOfRangeException(nameof(lcid), lcid, $"The text catalog has no language {lcid}; it has {Describe(Languages.Select(language => language.Lcid))}.");

    /// <summary>The recipient's own language when it has texts and is enabled, else the fallback, with a note saying so.</summary>
    public static LanguageChoice Choose(int? requested, IEnumerable<int> enabled, int fallback)
    {
        var enabledIds = (enabled ?? throw new ArgumentNullException(nameof(enabled))).ToList();
        var fallbackLanguage = Get(fallback);
        if (requested is null || requested == fallback)
        {
            return new LanguageChoice(fallbackLanguage, null);
        }

        var own = enabledIds.Contains(requested.Value) ? Find(requested.Value) : null;
        return own is not null
            ? new LanguageChoice(own, null)
            : new LanguageChoice(fallbackLanguage, requested);
    }

    /// <summary>"1033 (English), 1031 (German)": how settings messages name languages.</summary>
    public static string Describe(IEnumerable<int> lcids) =>
        string.Join(", ", lcids.Select(lcid => Find(lcid) is { } language ? $"{lcid} ({language.EnglishName})" : lcid.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
