using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Settings;

public class SettingsResolverTests
{
    [Fact]
    public void ValidStoredSettings_AreUsed()
    {
        var stored = Given.Settings().With(SettingNames.GracePeriodDays, 30).Values();

        var resolution = SettingsResolver.Resolve(stored, null);

        Assert.Equal(SettingsSource.Stored, resolution.Source);
        Assert.Equal(30, resolution.Settings.Classification.GracePeriodDays);
    }

    [Fact]
    public void InvalidStoredSettings_FallBackToTheLastValidSnapshot()
    {
        var snapshot = SettingsWriter.ToText(Given.Settings().With(SettingNames.GracePeriodDays, 21).Build());
        var stored = Given.Settings().With(SettingNames.GracePeriodDays, 999).Values();

        var resolution = SettingsResolver.Resolve(stored, snapshot);

        Assert.Equal(SettingsSource.LastValid, resolution.Source);
        Assert.Equal(21, resolution.Settings.Classification.GracePeriodDays);
        Assert.Equal(SettingNames.GracePeriodDays, Assert.Single(resolution.Problems).Setting);
    }

    [Fact]
    public void InvalidStoredSettingsWithoutSnapshot_UseTheDefaultsWhichSendNothing()
    {
        var stored = Given.Settings().SendingOn().With(SettingNames.GracePeriodDays, 999).Values();

        var resolution = SettingsResolver.Resolve(stored, null);

        Assert.Equal(SettingsSource.Defaults, resolution.Source);
        Assert.False(resolution.Settings.Messages.SendingEnabled);
    }

    [Fact]
    public void ValidStoredSettings_GiveTheSnapshotToKeep()
    {
        var stored = Given.Settings().With(SettingNames.GracePeriodDays, 30).Values();

        var resolution = SettingsResolver.Resolve(stored, null);

        Assert.Contains("GracePeriodDays=30\n", resolution.Snapshot, System.StringComparison.Ordinal);
    }
}
