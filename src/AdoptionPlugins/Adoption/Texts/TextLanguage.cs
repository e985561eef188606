using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AdoptionPlugins.Adoption.Texts;

/// <summary>One language of the text catalog: its sentences and how it writes dates, numbers, lists and plurals.</summary>
/// <remarks>Formats are written out here rather than taken from CultureInfo, so the sandbox and every test machine agree.</remarks>
public abstract class TextLanguage
{
    /// <summary>Most names a list spells out before it says how many more there are.</summary>
    public const int ListLimit = 8;

    /// <summary>The Windows language id (usersettings.uilanguageid).</summary>
    public abstract int Lcid { get; }

    /// <summary>The language's name in English, for logs and setting messages.</summary>
    public abstract string EnglishName { get; }

    protected abstract string ThousandsSeparator { get; }

    protected abstract string PercentSign { get; }

    protected abstract string ListAnd { get; }

    protected abstract string OpeningQuote { get; }

    protected abstract string ClosingQuote { get; }

    /// <summary>The sentence for a key, or null when the language lacks it (a test keeps every language complete).</summary>
    public abstract string? Template(TextKey key);

    public abstract string FormatDate(DateTime day);

    public abstract string WeekdayName(DayOfWeek day);

    /// <summary>Whether a count takes the singular form (English and German: exactly one).</summary>
    public virtual bool IsSingular(int count) => count == 1;

    public string FormatNumber(int number)
    {
        var digits = Math.Abs((long)number).ToString(CultureInfo.InvariantCulture);
        var grouped = new StringBuilder();
        for (var index = 0; index < digits.Length; index++)
        {
            if (index > 0 && (digits.Length - index) % 3 == 0)
            {
                grouped.Append(ThousandsSeparator);
            }

            grouped.Append(digits[index]);
        }

        return (number < 0 ? "-" : string.Empty) + grouped;
    }

    public string FormatPercent(int percent) => FormatNumber(percent) + PercentSign;

    /// <summary>A name in the language's quotation marks: “Contoso” in English, „Contoso“ in German.</summary>
    public string Quote(string text) => OpeningQuote + text + ClosingQuote;

    /// <summary>"A, B and C"; beyond <see cref="ListLimit"/> names the rest are counted ("and 3 more").</summary>
    public string JoinList(IEnumerable<string> items)
    {
        var all = (items ?? throw new ArgumentNullException(nameof(items))).ToList();
        if (all.Count > ListLimit)
        {
            var shown = all.Take(ListLimit - 1).ToList();
            shown.Add(Format(TextKey.ListMore, TextArg.Count("count", all.Count - shown.Count)));
            all = shown;
        }

        return all.Count <= 1
            ? string.Concat(all)
            : string.Join(", ", all.Take(all.Count - 1)) + ListAnd + all[all.Count - 1];
    }

    /// <summary>Fills the key's template: "{name}" takes a value, "{name|one form|other form}" picks by count and puts it at '#'.</summary>
    public string Format(TextKey key, params TextArg[] args)
    {
        var template = Template(key)
            ?? throw new InvalidOperationException($"The {EnglishName} texts have no sentence for {key}.");
        var values = (args ?? []).ToDictionary(arg => arg.Name, StringComparer.Ordinal);
        var text = new StringBuilder(template.Length + 32);
        var position = 0;
        foreach (var placeholder in TextPlaceholder.Find(template))
        {
            text.Append(template, position, placeholder.Start - position);
            if (!values.TryGetValue(placeholder.Name, out var value))
            {
                throw new InvalidOperationException($"The {EnglishName} sentence {key} needs a value for '{placeholder.Name}'.");
            }

            text.Append(placeholder.HasForms ? PluralForm(key, placeholder, value) : Render(value));
            position = placeholder.End;
        }

        return text.Append(template, position, template.Length - position).ToString();
    }

    private string PluralForm(TextKey key, TextPlaceholder placeholder, TextArg value)
    {
        var count = value.Number ?? throw new InvalidOperationException($"The {EnglishName} sentence {key} picks a form by '{placeholder.Name}', which is not a count.");
        var form = IsSingular(count) ? placeholder.Singular : placeholder.Plural;
        return form.Replace("#", Render(value));
    }

    private string Render(TextArg value)
    {
        if (value.Date is { } day)
        {
            return FormatDate(day);
        }

        if (value.Number is { } number)
        {
            return value.IsPercent ? FormatPercent(number) : FormatNumber(number);
        }

        return value.Text ?? string.Empty;
    }
}
