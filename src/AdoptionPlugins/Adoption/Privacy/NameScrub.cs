using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AdoptionPlugins.Adoption.Privacy;

/// <summary>
/// Takes an erased person's name out of a text someone else was sent, putting a neutral stand-in in its place: whole names only,
/// so erasing "Ann" never eats into "Anna", and ignoring case as the platform's like does. The rest of the text stays as it was.
/// </summary>
public static class NameScrub
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', '•'];

    /// <summary>The text with every whole occurrence of the names replaced, longest name first; the same text when none occurs.</summary>
    public static string? Scrub(string? text, IEnumerable<string> names, string standIn)
    {
        _ = names ?? throw new ArgumentNullException(nameof(names));
        if (string.IsNullOrWhiteSpace(standIn))
        {
            throw new ArgumentException("A name is replaced by a stand-in, never by nothing.", nameof(standIn));
        }

        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var scrubbed = text!;
        foreach (var name in names.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(name => name.Length))
        {
            scrubbed = Replace(scrubbed, name, standIn);
        }

        return scrubbed;
    }

    private static string Replace(string text, string name, string standIn)
    {
        var result = new StringBuilder(text.Length);
        var copied = 0;
        var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + name.Length;
            if (IsWhole(text, at, end))
            {
                result.Append(text, copied, at - copied).Append(StartsSentence(text, at) ? char.ToUpperInvariant(standIn[0]) + standIn.Substring(1) : standIn);
                copied = end;
                at = text.IndexOf(name, end, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase);
            }
        }

        return copied == 0 ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    // A name that begins or ends with a letter or digit must not run on into a longer word there.
    private static bool IsWhole(string text, int start, int end) =>
        (!char.IsLetterOrDigit(text[start]) || start == 0 || !char.IsLetterOrDigit(text[start - 1]))
        && (!char.IsLetterOrDigit(text[end - 1]) || end == text.Length || !char.IsLetterOrDigit(text[end]));

    private static bool StartsSentence(string text, int at)
    {
        var before = text.Substring(0, at).TrimEnd();
        return before.Length == 0 || SentenceEnds.Contains(before[before.Length - 1]);
    }
}
