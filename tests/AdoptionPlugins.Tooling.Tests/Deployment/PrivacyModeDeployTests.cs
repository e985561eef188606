using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Deployment;
using AdoptionPlugins.Tooling.Tests.Deployment.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Deployment;

public class PrivacyModeDeployTests
{
    [Fact]
    public async Task OnWithNothingSaved_SavesTheChoiceAsAnExplicitRow()
    {
        await using var fake = await FakeWebApi.StartAsync();

        var run = await Choosing(PrivacyModeChange.On).ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Succeeded);
        Assert.Equal("true", fake.State.Settings[PrivacyModeSetting.Name].Value);
        Assert.Contains("Privacy mode stays on, now saved as the administrator's choice.", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OffWithNothingSaved_CreatesTheRowAndSaysWhatOffMeans()
    {
        await using var fake = await FakeWebApi.StartAsync();

        var run = await Choosing(PrivacyModeChange.Off).ToAsync(fake);

        Assert.Equal("false", fake.State.Settings[PrivacyModeSetting.Name].Value);
        Assert.Contains("Privacy mode is now off: managers see their people's names and figures in messages and reasons.", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OffWhereOnIsSaved_UpdatesTheSavedRow()
    {
        await using var fake = await FakeWebApi.StartAsync(Saved("true"));

        await Choosing(PrivacyModeChange.Off).ToAsync(fake);

        Assert.Equal("false", fake.State.Settings[PrivacyModeSetting.Name].Value);
        Assert.Single(fake.Writes, write => write.StartsWith($"PATCH {TestSolutionZip.SettingsEntitySet}(", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("true", PrivacyModeChange.On)]
    [InlineData(" Yes ", PrivacyModeChange.On)]
    [InlineData("false", PrivacyModeChange.Off)]
    public async Task ChoiceAlreadySaved_WritesNothing(string saved, PrivacyModeChange choice)
    {
        await using var fake = await FakeWebApi.StartAsync(Saved(saved));

        var run = await Choosing(choice).ToAsync(fake);

        Assert.DoesNotContain(fake.Writes, SettingsWrite);
        Assert.Contains($"Privacy mode stays {(choice == PrivacyModeChange.On ? "on" : "off")}", run.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Privacy mode is on (default: no setting saved).")]
    [InlineData("true", "Privacy mode is on, as an administrator set it.")]
    [InlineData("false", "Privacy mode is off, as an administrator set it: managers see their people's names and figures in messages and reasons.")]
    public async Task NoChoice_WritesNothingAndSaysTheModeInForce(string? saved, string expected)
    {
        await using var fake = await FakeWebApi.StartAsync(saved == null ? new FakeScenario() : Saved(saved));

        var run = await Choosing(PrivacyModeChange.LeaveAsIs).ToAsync(fake);

        Assert.DoesNotContain(fake.Writes, SettingsWrite);
        Assert.Contains(expected, run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoChoiceWithAnUnreadableValue_AsksToFixIt()
    {
        await using var fake = await FakeWebApi.StartAsync(Saved("maybe"));

        var run = await Choosing(PrivacyModeChange.LeaveAsIs).ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.NeedsAttention);
        Assert.Contains("Set PrivacyMode to true or false in the app (Adoption settings)", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIfBeforeTheFirstImport_WritesNothingAndSaysWhatItWouldDo()
    {
        await using var fake = await FakeWebApi.StartAsync();

        var run = await new Deploy { Settings = Settings.Complete(), Options = new() { WhatIf = true, PrivacyMode = PrivacyModeChange.Off } }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.WhatIf);
        Assert.Empty(fake.Writes);
        Assert.Contains(run.Reporter.Lines, line => line == "WouldChange: Would turn privacy mode off: managers see their people's names and figures in messages and reasons.");
    }

    [Fact]
    public async Task SaveRefusedByTheSettingsCheck_FailsTheStepWithDataversesMessage()
    {
        const string refusal = "The adoption settings were not saved:\n- GracePeriodDays must be a whole number from 0 to 90, not \"soon\".";
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { SettingsSaveRefusal = refusal });

        var run = await Choosing(PrivacyModeChange.Off).ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Failed);
        Assert.Contains("Why: Dataverse refused to save privacy mode off, so it was not changed.", run.Text, StringComparison.Ordinal);
        Assert.Contains("- GracePeriodDays must be a whole number from 0 to 90, not \"soon\".", run.Text, StringComparison.Ordinal);
        Assert.Equal(0, fake.State.Flows[TestSolutionZip.FlowId].StateCode);
    }

    [Fact]
    public async Task Choice_IsSavedBeforeTheFlowIsTurnedOn()
    {
        await using var fake = await FakeWebApi.StartAsync();

        await Choosing(PrivacyModeChange.Off).ToAsync(fake);

        var writes = fake.Writes.ToList();
        Assert.True(writes.FindIndex(SettingsWrite) < writes.FindIndex(write => write.StartsWith("PATCH workflows(", StringComparison.Ordinal)), string.Join(Environment.NewLine, writes));
    }

    private static Deploy Choosing(PrivacyModeChange choice) => new() { Settings = Settings.Complete(), Options = new() { PrivacyMode = choice } };

    private static FakeScenario Saved(string value) => new() { SavedSettings = new Dictionary<string, string> { [PrivacyModeSetting.Name] = value } };

    private static bool SettingsWrite(string write) => write.Contains(TestSolutionZip.SettingsEntitySet, StringComparison.Ordinal);
}
