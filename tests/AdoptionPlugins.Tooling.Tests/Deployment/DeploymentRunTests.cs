using System;
using System.Linq;
using System.Threading.Tasks;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Deployment;
using AdoptionPlugins.Tooling.Tests.Deployment.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Deployment;

public class DeploymentRunTests
{
    [Fact]
    public async Task FreshEnvironment_IsInstalledAndFullyConfigured()
    {
        await using var fake = await FakeWebApi.StartAsync();

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Succeeded);
        Assert.Equal(new Version(1, 0, 0, 0), fake.State.Solutions["AdoptionPlugins"].Version);
        Assert.Equal("3", fake.State.Variables[TestSolutionZip.QuietDays].Value);
        Assert.Equal(Settings.ConnectionId, fake.State.ConnectionReferences[TestSolutionZip.DataverseConnection].ConnectionId);
        Assert.Equal(1, fake.State.Flows[TestSolutionZip.FlowId].StateCode);
        Assert.Contains("POST ImportSolutionAsync", fake.Writes);
    }

    [Fact]
    public async Task NoSendingChoice_LeavesSendingOffOnANewInstall()
    {
        await using var fake = await FakeWebApi.StartAsync();

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        Assert.Null(fake.State.Variables[TestSolutionZip.SendingSwitch].ValueId);
        Assert.Contains("Sending stays off", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnableSending_SetsTheSwitchToYes()
    {
        await using var fake = await FakeWebApi.StartAsync();

        await new Deploy { Settings = Settings.Complete(), Options = new() { Sending = SendingChange.Enable } }.ToAsync(fake);

        Assert.Equal("yes", fake.State.Variables[TestSolutionZip.SendingSwitch].Value);
    }

    [Fact]
    public async Task LowerVersionInstalled_IsUpgradedWithStageAndUpgrade()
    {
        await using var fake = await FakeWebApi.StartAsync();
        fake.Install(Deploy.Package(TestSolutionZip.Default with { Version = "0.9.0.0" }));

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Succeeded);
        Assert.Contains("POST StageAndUpgradeAsync", fake.Writes);
        Assert.Equal(new Version(1, 0, 0, 0), fake.State.Solutions["AdoptionPlugins"].Version);
    }

    [Fact]
    public async Task UpgradeWithoutASendingChoice_LeavesSendingOff()
    {
        await using var fake = await FakeWebApi.StartAsync();
        fake.Install(Deploy.Package(TestSolutionZip.Default with { Version = "0.9.0.0" }));

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        Assert.Null(fake.State.Variables[TestSolutionZip.SendingSwitch].ValueId);
        Assert.Contains("Sending stays off", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameVersionInstalled_SkipsTheImportAndSaysSo()
    {
        await using var fake = await FakeWebApi.StartAsync();
        fake.Install(Deploy.Package(TestSolutionZip.Default));

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        Assert.DoesNotContain(fake.Writes, request => request.Contains("Import", StringComparison.Ordinal));
        Assert.Contains("already installed; the import is skipped (pass --force", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameVersionWithForce_IsImportedAgain()
    {
        await using var fake = await FakeWebApi.StartAsync();
        fake.Install(Deploy.Package(TestSolutionZip.Default));

        await new Deploy { Settings = Settings.Complete(), Options = new() { Force = true } }.ToAsync(fake);

        Assert.Contains("POST ImportSolutionAsync", fake.Writes);
    }

    [Fact]
    public async Task NewerVersionInstalled_IsNotDowngraded()
    {
        await using var fake = await FakeWebApi.StartAsync();
        fake.Install(Deploy.Package(TestSolutionZip.Default with { Version = "2.0.0.0" }));

        var run = await new Deploy().ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Failed);
        Assert.Contains("newer than 1.0.0.0", run.Text, StringComparison.Ordinal);
        Assert.Empty(fake.Writes);
    }

    [Fact]
    public async Task FailedImport_NamesTheFailingComponentAndTheStateLeft()
    {
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { FailingComponent = TestSolutionZip.FlowName });

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Failed);
        Assert.Contains($"workflow '{TestSolutionZip.FlowName}': Flow client error: the connection reference is missing its connector. (error 0x80060467)", run.Text, StringComparison.Ordinal);
        Assert.Contains("AdoptionPlugins is not installed.", run.Text, StringComparison.Ordinal);
        Assert.Contains("Not done: Connection references were not bound", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowImport_ReportsItsProgress()
    {
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { ImportPollsBeforeDone = 3 });

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        var progress = run.Reporter.Lines.Where(line => line.StartsWith("Importing: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Importing: 25%", "Importing: 50%", "Importing: 75%", "Importing: 100%"], progress);
    }

    [Fact]
    public async Task ThrottledRequests_AreRetriedAfterTheRetryAfterTheServerSent()
    {
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { ThrottledRequests = 3, RetryAfterSeconds = 7 });

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Succeeded);
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], run.Time.Waits.Take(3));
        Assert.Contains(run.Reporter.Lines, line => line.Contains("asked to slow down", StringComparison.Ordinal) && line.Contains("0x80072322", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThrottlingStorm_GivesUpAfterTheBoundedRetries()
    {
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { ThrottledRequests = 1000, RetryAfterSeconds = 30 });

        var run = await new Deploy().ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Failed);
        Assert.Equal(RetryPolicy.Default.MaxRetries, run.Time.Waits.Count);
        Assert.Contains("service protection limits", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyThatNeverActivates_StopsAtTheTimeoutBeforeTurningOnTheFlow()
    {
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { Keys = KeyBehaviour.NeverActivates });

        var run = await new Deploy { Settings = Settings.Complete(), Options = new() { Timeout = TimeSpan.FromMinutes(2) } }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.TimedOut);
        Assert.Contains("adopt_usageday.adopt_user_day: InProgress", run.Text, StringComparison.Ordinal);
        Assert.Contains("Not done: The cloud flows were not turned on", run.Text, StringComparison.Ordinal);
        Assert.Equal(0, fake.State.Flows[TestSolutionZip.FlowId].StateCode);
    }

    [Fact]
    public async Task KeyThatBecomesActiveLater_IsWaitedFor()
    {
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { KeyPollsBeforeActive = 4 });

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Succeeded);
        Assert.Contains(run.Reporter.Lines, line => line.StartsWith("Alternate keys: 0 of 1 Active", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedKey_SaysToRemoveDuplicatesAndReactivate()
    {
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { Keys = KeyBehaviour.Fails });

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Failed);
        Assert.Contains("rows with the same (adopt_userid, adopt_day) already exist", run.Text, StringComparison.Ordinal);
        Assert.Contains("ReactivateEntityKey", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedToken_StopsBeforeAnyChange()
    {
        await using var fake = await FakeWebApi.StartAsync();

        var run = await new Deploy { Token = "expired" }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.NotAuthenticated);
        Assert.Contains("refused the sign-in with a test token (401 Unauthorized)", run.Text, StringComparison.Ordinal);
        Assert.Empty(fake.Writes);
    }

    [Fact]
    public async Task WhatIf_ChangesNothingAndSaysWhatWouldChange()
    {
        await using var fake = await FakeWebApi.StartAsync();

        var run = await new Deploy { Settings = Settings.Complete(), Options = new() { WhatIf = true, Sending = SendingChange.Enable } }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.WhatIf);
        Assert.Empty(fake.Writes);
        Assert.Contains(run.Reporter.Lines, line => line == "WouldChange: Would install AdoptionPlugins 1.0.0.0 (new install, ImportSolutionAsync).");
        Assert.Contains(run.Reporter.Lines, line => line == "WouldChange: Would turn on 1 cloud flow(s).");
        Assert.Contains(run.Reporter.Lines, line => line == "WouldChange: Would turn sending ON: nudges and digests are sent.");
    }

    [Fact]
    public async Task UnboundConnectionReference_LeavesTheFlowOffAndSaysHowToBindIt()
    {
        await using var fake = await FakeWebApi.StartAsync();

        var run = await new Deploy().ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.NeedsAttention);
        Assert.Equal(0, fake.State.Flows[TestSolutionZip.FlowId].StateCode);
        Assert.Contains($"Create a connection for {TestSolutionZip.DataverseConnection}", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PluginStepsThatArriveDisabled_AreEnabled()
    {
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { StepsArriveDisabled = true });

        await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        Assert.Equal(0, fake.State.PluginSteps[TestSolutionZip.StepId].StateCode);
    }

    [Fact]
    public async Task SecondRun_HasNothingLeftToChange()
    {
        await using var fake = await FakeWebApi.StartAsync();
        await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);
        var writesAfterFirstRun = fake.Writes.Count;

        var run = await new Deploy { Settings = Settings.Complete() }.ToAsync(fake);

        run.ShouldEndAs(DeploymentOutcome.Succeeded);
        Assert.Equal(writesAfterFirstRun, fake.Writes.Count);
    }
}
