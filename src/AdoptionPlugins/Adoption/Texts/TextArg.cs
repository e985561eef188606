using System;

namespace AdoptionPlugins.Adoption.Texts;

/// <summary>One named value for a text template, kept raw so each language formats it its own way.</summary>
public sealed class TextArg
{
    private TextArg(string name, string? text, int? number, DateTime? date, bool isPercent)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A text argument needs a name.", nameof(name));
        }

        Name = name;
        Text = text;
        Number = number;
        Date = date;
        IsPercent = isPercent;
    }

    public string Name { get; }

    public string? Text { get; }

    /// <summary>A count; templates may choose singular or plural wording by it.</summary>
    public int? Number { get; }

    public DateTime? Date { get; }

    public bool IsPercent { get; }

    public static TextArg Of(string name, string text) => new(name, text ?? string.Empty, null, null, false);

    public static TextArg Count(string name, int count) => new(name, null, count, null, false);

    public static TextArg Percent(string name, int percent) => new(name, null, percent, null, true);

    public static TextArg Day(string name, DateTime day) => new(name, null, null, day.Date, false);
}
