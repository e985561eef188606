using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tooling.Deployment;
using Xunit;

namespace AdoptionPlugins.Cli.Tests;

/// <summary>Holds deploy's view of the privacy mode setting to the plugin's own table, column and setting names, flag words and default.</summary>
public class PrivacyModeSettingContractTests
{
    [Fact]
    public void Names_AreThePluginsOwn()
    {
        var deploy = (PrivacyModeSetting.TableLogicalName, PrivacyModeSetting.NameColumn, PrivacyModeSetting.ValueColumn, PrivacyModeSetting.DescriptionColumn,
            PrivacyModeSetting.TableLogicalName + "id", PrivacyModeSetting.Name, PrivacyModeSetting.On, PrivacyModeSetting.Off, PrivacyModeSetting.Default);

        var plugin = (AdoptionSetting.EntityName, AdoptionSetting.Name, AdoptionSetting.Value, AdoptionSetting.Description,
            AdoptionSetting.PrimaryId, SettingNames.PrivacyMode, SettingsFormat.Flag(true), SettingsFormat.Flag(false), AdoptionSettings.Defaults.Privacy.PrivacyMode);

        Assert.Equal(plugin, deploy);
    }

    [Theory]
    [InlineData("true")]
    [InlineData(" Yes ")]
    [InlineData("1")]
    [InlineData("FALSE")]
    [InlineData("no")]
    [InlineData("0")]
    [InlineData("off")]
    [InlineData("")]
    public void StoredValue_IsReadAsTheEvaluationReadsIt(string stored)
    {
        var deploy = PrivacyModeSetting.TryRead(stored, out var deployOn);
        var plugin = SettingsFormat.TryFlag(stored, out var pluginOn);

        Assert.Equal((plugin, plugin && pluginOn), (deploy, deploy && deployOn));
    }
}
