using System.Linq;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Settings;

public class SettingsValidatorTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        var problems = SettingsValidator.Validate(AdoptionSettings.Defaults);

        Assert.Empty(problems);
    }

    [Fact]
    public void Defaults_SendNothingAndKeepPrivacyModeOn()
    {
        var defaults = AdoptionSettings.Defaults;

        Assert.False(defaults.Messages.SendingEnabled);
        Assert.True(defaults.Privacy.PrivacyMode);
    }

    [Fact]
    public void ThresholdOutOfRange_SaysTheSettingAndTheRange()
    {
        var values = Given.Settings().With(SettingNames.ExecutiveActivePercent, 120).Values();

        var problems = SettingsResolver.Check(values);

        Assert.Equal("ExecutiveActivePercent is 120; it must be a whole number from 1 to 100.", Assert.Single(problems).Message);
    }

    [Fact]
    public void ThresholdsTooCloseForTheMargin_AreRefused()
    {
        var values = Given.Settings().With(SettingNames.ManagerActivePercent, 20).With(SettingNames.ManagerInactivePercent, 12).Values();

        var problems = SettingsResolver.Check(values);

        Assert.Equal(
            "ManagerActivePercent (20) must be more than twice HysteresisPoints (5) above ManagerInactivePercent (12), so there is room for \"slipping\" between them; raise ManagerActivePercent or lower ManagerInactivePercent.",
            Assert.Single(problems).Message);
    }

    [Fact]
    public void InactiveThresholdWithinTheMargin_IsRefusedBecauseNobodyCouldBecomeInactive()
    {
        var values = Given.Settings().With(SettingNames.ContributorInactivePercent, 4).Values();

        var problems = SettingsResolver.Check(values);

        Assert.StartsWith("ContributorInactivePercent (4) must be above HysteresisPoints (5), otherwise a contributor who is slipping could never become inactive", Assert.Single(problems).Message);
    }

    [Fact]
    public void RoleInTwoTierLists_IsRefused()
    {
        var values = Given.Settings().With(SettingNames.ManagerRoles, "Sales Manager;Salesperson").Values();

        var problems = SettingsResolver.Check(values);

        Assert.Equal("The role \"Salesperson\" is listed in both ManagerRoles and ContributorRoles; a role decides one tier, so keep it in one list.", Assert.Single(problems).Message);
    }

    [Fact]
    public void LanguageWithoutTexts_IsRefusedWithTheAvailableOnes()
    {
        var values = Given.Settings().With(SettingNames.EnabledLanguages, "1033;1031;1046").Values();

        var problems = SettingsResolver.Check(values);

        Assert.Equal("EnabledLanguages lists 1046, which has no texts; the languages with texts are 1033 (English), 1031 (German).", Assert.Single(problems).Message);
    }

    [Fact]
    public void FallbackLanguageNotEnabled_IsRefused()
    {
        var values = Given.Settings().With(SettingNames.EnabledLanguages, "1031").Values();

        var problems = SettingsResolver.Check(values);

        Assert.Equal("FallbackLanguage (1033 (English)) must also be listed in EnabledLanguages.", Assert.Single(problems).Message);
    }

    [Fact]
    public void RetentionShorterThanLookback_IsRefused()
    {
        var values = Given.Settings().With(SettingNames.RetentionDays, 60).Values();

        var problems = SettingsResolver.Check(values);

        Assert.StartsWith("RetentionDays (60) is shorter than LookbackDays (90)", Assert.Single(problems).Message);
    }

    [Fact]
    public void EveryDayQuiet_IsRefused()
    {
        var values = Given.Settings().With(SettingNames.QuietWeekdays, "Mon;Tue;Wed;Thu;Fri;Sat;Sun").Values();

        var problems = SettingsResolver.Check(values);

        Assert.Equal(SettingNames.QuietWeekdays, Assert.Single(problems).Setting);
    }

    [Fact]
    public void MinimumWorkingDaysAboveTheWindow_IsRefused()
    {
        var values = Given.Settings().With(SettingNames.MinimumWorkingDays, 25).Values();

        var problems = SettingsResolver.Check(values);

        Assert.Equal(SettingNames.MinimumWorkingDays, Assert.Single(problems).Setting);
    }

    [Fact]
    public void PrivacyGroupOfOne_IsRefused()
    {
        var values = Given.Settings().With(SettingNames.MinimumGroupSize, 1).Values();

        var problems = SettingsResolver.Check(values);

        Assert.Equal("MinimumGroupSize is 1; it must be a whole number from 2 to 100.", Assert.Single(problems).Message);
    }

    [Fact]
    public void SeveralProblems_AreAllInTheRefusal()
    {
        var values = Given.Settings().With(SettingNames.GracePeriodDays, -1).With(SettingNames.MaxMessagesPerRun, 0).Values();

        var message = SettingsResolver.RefusalMessage(SettingsResolver.Check(values));

        Assert.Equal(
            "The adoption settings were not saved:\n- GracePeriodDays is -1; it must be a whole number from 0 to 365.\n- MaxMessagesPerRun is 0; it must be a whole number from 1 to 10000.",
            message);
    }

    [Fact]
    public void EverySettingName_IsWrittenInTheSnapshot()
    {
        var names = typeof(SettingNames).GetFields().Select(field => (string)field.GetValue(null)!).ToList();

        var written = SettingsWriter.Write(AdoptionSettings.Defaults).Select(pair => pair.Key).ToList();

        Assert.Equal(names.Order(), written.Order());
    }
}
