namespace AdoptionPlugins.Adoption.Texts;

/// <summary>The language a message is written in, and the language the recipient wanted when that differs.</summary>
public sealed class LanguageChoice
{
    public LanguageChoice(TextLanguage language, int? missingLanguage)
    {
        Language = language;
        MissingLanguage = missingLanguage;
    }

    public TextLanguage Language { get; }

    /// <summary>The recipient's own language when it had no texts, so the fallback is logged; null when none was needed.</summary>
    public int? MissingLanguage { get; }

    public bool UsedFallback => MissingLanguage is not null;

    /// <summary>The log line for a fallback, in the report language, or null when the recipient's own language was used.</summary>
    public string? FallbackNote(TextLanguage report) => MissingLanguage is { } missing
        ? report.Format(TextKey.LanguageFallback, TextArg.Of("requested", TextCatalog.Describe([missing])), TextArg.Of("used", TextCatalog.Describe([Language.Lcid])))
        : null;
}
