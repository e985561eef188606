using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Settings;

public class SettingsReaderTests
{
    [Fact]
    public void SettingsStoredBeforeSendingExisted_KeepSendingOff()
    {
        var olderVersion = new[] { Pair(SettingNames.GracePeriodDays, "21"), Pair(SettingNames.PrivacyMode, "false") };

        var read = SettingsReader.Read(olderVersion);

        Assert.True(read.IsValid);
        Assert.False(read.Settings.Messages.SendingEnabled);
        Assert.Equal(21, read.Settings.Classification.GracePeriodDays);
    }

    [Fact]
    public void WrittenSettings_ReadBackTheSame()
    {
        var settings = Given.Settings().SendingOn().With(SettingNames.QuietDates, "2026-12-24;2026-12-25").With(SettingNames.SponsorTeamId, "6a1b9a1e-5f2c-4c59-9d8c-0b4f3c2e1a77").Build();
        var text = SettingsWriter.ToText(settings);

        var read = SettingsReader.ReadText(text);

        Assert.True(read.IsValid, string.Join(" ", read.Problems));
        Assert.Equal(text, SettingsWriter.ToText(read.Settings));
    }

    [Fact]
    public void UnreadableNumber_SaysTheValueAndTheExpectedForm()
    {
        var read = SettingsReader.Read([Pair(SettingNames.GracePeriodDays, "two weeks")]);

        Assert.Equal("GracePeriodDays is \"two weeks\"; it must be a whole number, such as 14.", Assert.Single(read.Problems).Message);
    }

    [Fact]
    public void MisspelledName_SuggestsTheSettingMeant()
    {
        var read = SettingsReader.Read([Pair("GraceDays", "10")]);

        Assert.Equal("\"GraceDays\" is not a setting; did you mean GracePeriodDays?", Assert.Single(read.Problems).Message);
    }

    [Fact]
    public void UnrelatedName_IsToBeRemoved()
    {
        var read = SettingsReader.Read([Pair("Colour", "blue")]);

        Assert.Equal("\"Colour\" is not a setting; remove it.", Assert.Single(read.Problems).Message);
    }

    [Fact]
    public void UnreadableWeekday_NamesTheWrongPart()
    {
        var read = SettingsReader.Read([Pair(SettingNames.QuietWeekdays, "Saturday;Caturday")]);

        Assert.StartsWith("QuietWeekdays contains \"Caturday\", which cannot be read", Assert.Single(read.Problems).Message);
    }

    [Fact]
    public void TitleRules_AreReadInOrder()
    {
        var read = SettingsReader.Read([Pair(SettingNames.TitleRules, "Account Manager=Contributor; Manager=manager")]);

        Assert.Collection(
            read.Settings.Tiers.TitleRules,
            rule => Assert.Equal("Account Manager", rule.Phrase),
            rule => Assert.Equal(Adoption.Evaluation.AdoptionTier.Manager, rule.Tier));
    }

    [Fact]
    public void TwoSponsors_AreRefused()
    {
        var read = SettingsReader.Read([Pair(SettingNames.SponsorUserId, Guid.NewGuid().ToString()), Pair(SettingNames.SponsorTeamId, Guid.NewGuid().ToString())]);

        Assert.Equal(SettingNames.SponsorTeamId, Assert.Single(read.Problems).Setting);
    }

    [Fact]
    public void SameNameTwice_IsRefused()
    {
        var read = SettingsReader.Read([Pair(SettingNames.CoolDownDays, "7"), Pair("cooldowndays", "14")]);

        Assert.Equal("cooldowndays is set twice; keep one value.", Assert.Single(read.Problems).Message);
    }

    [Fact]
    public void LineWithoutEquals_IsReported()
    {
        var read = SettingsReader.ReadText("GracePeriodDays=10\nSendingEnabled");

        Assert.Equal("Line 2 (\"SendingEnabled\") is not in the form Name=Value.", Assert.Single(read.Problems).Message);
    }

    private static KeyValuePair<string, string?> Pair(string name, string value) => new(name, value);
}
