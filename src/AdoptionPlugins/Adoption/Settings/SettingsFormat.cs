using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>How each kind of setting value is written as text, and read back with a message that shows the expected form.</summary>
public static class SettingsFormat
{
    public const char ListSeparator = ';';
    public const char RuleSeparator = '=';

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Flag(bool value) => value ? "true" : "false";

    public static string Names(IEnumerable<string> names) => string.Join(ListSeparator.ToString(), names);

    public static string Numbers(IEnumerable<int> numbers) => string.Join(ListSeparator.ToString(), numbers.Select(Number));

    public static string Weekdays(IEnumerable<DayOfWeek> days) => string.Join(ListSeparator.ToString(), days.Select(day => day.ToString()));

    public static string Dates(IEnumerable<DateTime> days) => string.Join(ListSeparator.ToString(), days.Select(day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    public static string Rules(IEnumerable<TitleRule> rules) => string.Join(ListSeparator.ToString(), rules.Select(rule => rule.Phrase + RuleSeparator + rule.Tier));

    public static string Id(Guid? id) => id?.ToString("D") ?? string.Empty;

    public static IEnumerable<string> Split(string text) =>
        text.Split(ListSeparator).Select(part => part.Trim()).Where(part => part.Length > 0);

    public static bool TryNumber(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    public static bool TryFlag(string text, out bool value)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "TRUE" or "YES" or "1":
                value = true;
                return true;
            case "FALSE" or "NO" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Accepts "Monday" or "Mon", in any case.</summary>
    public static bool TryWeekday(string text, out DayOfWeek day)
    {
        var wanted = text.Trim();
        foreach (var candidate in WorkPattern.MondayFirst)
        {
            var name = candidate.ToString();
            if (string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase) || (wanted.Length == 3 && name.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)))
            {
                day = candidate;
                return true;
            }
        }

        day = DayOfWeek.Sunday;
        return false;
    }

    public static bool TryDate(string text, out DateTime day) =>
        DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static bool TryTier(string text, out AdoptionTier tier)
    {
        foreach (var candidate in new[] { AdoptionTier.Executive, AdoptionTier.Manager, AdoptionTier.Contributor, AdoptionTier.Excluded })
        {
            if (string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                tier = candidate;
                return true;
            }
        }

        tier = AdoptionTier.Contributor;
        return false;
    }

    /// <summary>Reads "Phrase=Tier"; the last '=' separates, so a phrase may not end in one.</summary>
    public static bool TryRule(string text, out TitleRule rule)
    {
        var separator = text.LastIndexOf(RuleSeparator);
        if (separator > 0 && TryTier(text.Substring(separator + 1), out var tier) && text.Substring(0, separator).Trim().Length > 0)
        {
            rule = new TitleRule(text.Substring(0, separator), tier);
            return true;
        }

        rule = new TitleRule(string.Empty, AdoptionTier.Contributor);
        return false;
    }

    public static bool TryId(string text, out Guid id) => Guid.TryParse(text.Trim(), out id) && id != Guid.Empty;
}
