using System;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>"A job title containing these words means this tier"; rules are tried in order and the first match wins.</summary>
public sealed class TitleRule
{
    public TitleRule(string phrase, AdoptionTier tier)
    {
        Phrase = (phrase ?? throw new ArgumentNullException(nameof(phrase))).Trim();
        Tier = tier;
    }

    public string Phrase { get; }

    public AdoptionTier Tier { get; }

    /// <summary>True when the title holds the phrase as whole words, ignoring case ("Account Manager" holds "Manager", "Managerial" does not).</summary>
    public bool Matches(string? jobTitle)
    {
        if (string.IsNullOrWhiteSpace(jobTitle) || Phrase.Length == 0)
        {
            return false;
        }

        for (var start = jobTitle!.IndexOf(Phrase, StringComparison.OrdinalIgnoreCase); start >= 0; start = jobTitle.IndexOf(Phrase, start + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = start + Phrase.Length;
            if ((start == 0 || !char.IsLetterOrDigit(jobTitle[start - 1])) && (end == jobTitle.Length || !char.IsLetterOrDigit(jobTitle[end])))
            {
                return true;
            }
        }

        return false;
    }
}
