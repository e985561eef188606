using System;
using System.Linq;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Texts;
using Xunit;

namespace AdoptionPlugins.Tests.Texts;

public class TextCatalogTests
{
    public static TheoryData<int> Languages() => new(TextCatalog.Languages.Select(language => language.Lcid));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Language_HasASentenceForEveryKey(int lcid)
    {
        var language = TextCatalog.Get(lcid);

        var missing = Enum.GetValues<TextKey>().Where(key => string.IsNullOrWhiteSpace(language.Template(key))).ToList();

        Assert.True(missing.Count == 0, $"{language.EnglishName} lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Translation_UsesTheSamePlaceholdersAsEnglish(int lcid)
    {
        var english = new EnglishTexts();
        var language = TextCatalog.Get(lcid);

        var different = Enum.GetValues<TextKey>().Where(key => Placeholders(english, key) != Placeholders(language, key)).ToList();

        Assert.True(different.Count == 0, $"{language.EnglishName} differs from English in: " + string.Join(", ", different.Select(key => $"{key} ({Placeholders(language, key)} vs {Placeholders(english, key)})")));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void InAppTitles_FitANotification(int lcid)
    {
        var language = TextCatalog.Get(lcid);

        var tooLong = Enum.GetValues<TextKey>().Where(key => key.ToString().EndsWith("Title", StringComparison.Ordinal) && Longest(language, key).Length > 80).ToList();

        Assert.True(tooLong.Count == 0, "Too long for a notification title: " + string.Join(", ", tooLong));
    }

    [Theory]
    [InlineData(1, "1 day on leave was left out.")]
    [InlineData(3, "3 days on leave were left out.")]
    public void Count_PicksSingularOrPlural(int days, string expected)
    {
        var text = new EnglishTexts().Format(TextKey.ReasonLeaveSkipped, TextArg.Count("days", days));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void German_WritesDatesNumbersAndPercentItsOwnWay()
    {
        var german = new GermanTexts();

        var written = $"{german.FormatDate(new DateTime(2026, 3, 2))} | {german.FormatNumber(12345)} | {german.FormatPercent(45)}";

        Assert.Equal("2. März 2026 | 12.345 | 45\u00A0%", written);
    }

    [Fact]
    public void LongList_NamesTheFirstAndCountsTheRest()
    {
        var names = Enumerable.Range(1, 10).Select(number => $"P{number}");

        var list = new EnglishTexts().JoinList(names);

        Assert.Equal("P1, P2, P3, P4, P5, P6, P7 and 3 more", list);
    }

    [Fact]
    public void MissingValue_IsAnErrorNotABlank()
    {
        var english = new EnglishTexts();

        var error = Assert.Throws<InvalidOperationException>(() => english.Format(TextKey.ReasonLastActivity));

        Assert.Equal("The English sentence ReasonLastActivity needs a value for 'day'.", error.Message);
    }

    [Fact]
    public void LanguageWithoutTexts_FallsBackToEnglishAndSaysSo()
    {
        var choice = TextCatalog.Choose(1036, AdoptionSettings.Defaults.Messages.EnabledLanguages, AdoptionSettings.English);

        Assert.Equal(1033, choice.Language.Lcid);
        Assert.Equal("No texts in language 1036; used 1033 (English).", choice.FallbackNote(new EnglishTexts()));
    }

    [Fact]
    public void DisabledLanguage_FallsBackEvenWithTexts()
    {
        var choice = TextCatalog.Choose(1031, [1033], 1033);

        Assert.Equal(1033, choice.Language.Lcid);
        Assert.True(choice.UsedFallback);
    }

    [Fact]
    public void OwnLanguage_IsUsedWithoutNote()
    {
        var choice = TextCatalog.Choose(1031, [1033, 1031], 1033);

        Assert.Equal(1031, choice.Language.Lcid);
        Assert.Null(choice.FallbackNote(new EnglishTexts()));
    }

    // The template with each form in its longer wording and each value as ten characters.
    private static string Longest(TextLanguage language, TextKey key)
    {
        var template = language.Template(key)!;
        return TextPlaceholder.Find(template).Reverse().Aggregate(template, (text, slot) => text.Remove(slot.Start, slot.End - slot.Start)
            .Insert(slot.Start, slot.HasForms ? (slot.Plural.Length > slot.Singular.Length ? slot.Plural : slot.Singular).Replace("#", "1000", StringComparison.Ordinal) : new string('x', 10)));
    }

    private static string Placeholders(TextLanguage language, TextKey key)
    {
        var found = TextPlaceholder.Find(language.Template(key) ?? string.Empty);
        return string.Join(",", found.Select(placeholder => placeholder.Name + (placeholder.HasForms ? "|n" : string.Empty)).Distinct().Order(StringComparer.Ordinal));
    }
}
