using System;
using System.Threading.Tasks;
using AdoptionPlugins.Cli.Tests.Support;
using AdoptionPlugins.FakeDataverse;
using Xunit;

namespace AdoptionPlugins.Cli.Tests;

public class DeployScriptTests
{
    [Fact]
    public async Task WhatIf_MapsToTheCliWhatIfAndChangesNothing()
    {
        using var folder = new TemporaryFolder();
        await using var fake = await FakeWebApi.StartAsync();

        var (exitCode, output, error) = await PowerShell.RunDeployScriptAsync(DeployCli.GoodToken, "-EnvironmentUrl", fake.Url.ToString(), "-Auth", "Token", "-Solution", TestSolutionZip.Default.WriteTo(folder.Path), "-WhatIf");

        Assert.True(exitCode == ExitCodes.Success, output + error);
        Assert.Contains("What-if: nothing was changed.", output, StringComparison.Ordinal);
        Assert.Empty(fake.Writes);
    }

    [Fact]
    public async Task FullDeploy_InstallsAndTurnsOnTheFlow()
    {
        using var folder = new TemporaryFolder();
        await using var fake = await FakeWebApi.StartAsync();

        var (exitCode, output, error) = await PowerShell.RunDeployScriptAsync(DeployCli.GoodToken, "-EnvironmentUrl", fake.Url.ToString(), "-Auth", "Token", "-Solution", TestSolutionZip.Default.WriteTo(folder.Path), "-SettingsFile", DeployCli.Settings(folder), "-EnableSending");

        Assert.True(exitCode == ExitCodes.Success, output + error);
        Assert.Equal(1, fake.State.Flows[TestSolutionZip.FlowId].StateCode);
        Assert.Equal("yes", fake.State.Variables[TestSolutionZip.SendingSwitch].Value);
    }

    [Fact]
    public async Task PrivacyModeOff_IsPassedThroughToTheCli()
    {
        using var folder = new TemporaryFolder();
        await using var fake = await FakeWebApi.StartAsync();

        var (exitCode, output, error) = await PowerShell.RunDeployScriptAsync(DeployCli.GoodToken, "-EnvironmentUrl", fake.Url.ToString(), "-Auth", "Token", "-Solution", TestSolutionZip.Default.WriteTo(folder.Path), "-SettingsFile", DeployCli.Settings(folder), "-PrivacyMode", "Off");

        Assert.True(exitCode == ExitCodes.Success, output + error);
        Assert.Equal("false", fake.State.Settings["PrivacyMode"].Value);
    }

    [Fact]
    public async Task UnknownPrivacyMode_IsRefusedByTheParameterValidation()
    {
        var (exitCode, _, error) = await PowerShell.RunDeployScriptAsync(DeployCli.GoodToken, "-EnvironmentUrl", "https://contoso.crm4.dynamics.com", "-PrivacyMode", "Partial", "-WhatIf");

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("Cannot validate argument on parameter 'PrivacyMode'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrlThatIsNotHttps_IsRefusedByTheParameterValidation()
    {
        var (exitCode, _, error) = await PowerShell.RunDeployScriptAsync(DeployCli.GoodToken, "-EnvironmentUrl", "ftp://contoso.crm4.dynamics.com", "-WhatIf");

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("Cannot validate argument on parameter 'EnvironmentUrl'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAuthKind_IsRefusedByTheParameterValidation()
    {
        var (exitCode, _, error) = await PowerShell.RunDeployScriptAsync(DeployCli.GoodToken, "-EnvironmentUrl", "https://contoso.crm4.dynamics.com", "-Auth", "Password", "-WhatIf");

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.Contains("Cannot validate argument on parameter 'Auth'", error, StringComparison.Ordinal);
    }
}
