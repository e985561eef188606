using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Adoption.Texts;

/// <summary>A "{name}" or "{name|singular|plural}" slot in a text template, found by position.</summary>
public sealed class TextPlaceholder
{
    private TextPlaceholder(int start, int end, string name, string? singular, string? plural)
    {
        Start = start;
        End = end;
        Name = name;
        Singular = singular ?? string.Empty;
        Plural = plural ?? string.Empty;
        HasForms = singular is not null;
    }

    public int Start { get; }

    /// <summary>The index just after the closing brace.</summary>
    public int End { get; }

    public string Name { get; }

    public bool HasForms { get; }

    public string Singular { get; }

    public string Plural { get; }

    public static IReadOnlyList<TextPlaceholder> Find(string template)
    {
        var found = new List<TextPlaceholder>();
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new FormatException($"The text \"{template}\" opens a placeholder at {open} and never closes it.");
            }

            var parts = template.Substring(open + 1, close - open - 1).Split('|');
            if (parts.Length is not 1 and not 3 || parts[0].Length == 0)
            {
                throw new FormatException($"The text \"{template}\" has a placeholder that is neither {{name}} nor {{name|singular|plural}}.");
            }

            found.Add(parts.Length == 1
                ? new TextPlaceholder(open, close + 1, parts[0], null, null)
                : new TextPlaceholder(open, close + 1, parts[0], parts[1], parts[2]));
            open = close;
        }

        return found;
    }
}
