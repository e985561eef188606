using System;
using System.Threading.Tasks;
using AdoptionPlugins.Cli.Tests.Support;
using AdoptionPlugins.FakeDataverse;
using Xunit;
using static AdoptionPlugins.Cli.Tests.Support.DeployCli;

namespace AdoptionPlugins.Cli.Tests;

public class DeployCommandTests
{
    [Fact]
    public async Task FullDeploy_InstallsConfiguresAndExitsZero()
    {
        using var folder = new TemporaryFolder();
        await using var fake = await FakeWebApi.StartAsync();

        var (exitCode, output, error) = Run(GoodToken, "deploy", "--url", fake.Url.ToString(), "--auth", "token", "--solution", TestSolutionZip.Default.WriteTo(folder.Path), "--settings", Settings(folder));

        Assert.True(exitCode == ExitCodes.Success, output + error);
        Assert.Contains("Deployed AdoptionPlugins 1.0.0.0: every step is done.", output, StringComparison.Ordinal);
        Assert.Equal(1, fake.State.Flows[TestSolutionZip.FlowId].StateCode);
    }

    [Fact]
    public async Task WhatIf_PrintsThePlanAndChangesNothing()
    {
        using var folder = new TemporaryFolder();
        await using var fake = await FakeWebApi.StartAsync();

        var (exitCode, output, _) = Run(GoodToken, "deploy", "--url", fake.Url.ToString(), "--auth", "token", "--solution", TestSolutionZip.Default.WriteTo(folder.Path), "--what-if");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("would: Would install AdoptionPlugins 1.0.0.0", output, StringComparison.Ordinal);
        Assert.Empty(fake.Writes);
    }

    [Fact]
    public async Task FailedImport_ExitsWithDeploymentFailedAndNamesTheComponent()
    {
        using var folder = new TemporaryFolder();
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { FailingComponent = TestSolutionZip.FlowName });

        var (exitCode, output, _) = Run(GoodToken, "deploy", "--url", fake.Url.ToString(), "--auth", "token", "--solution", TestSolutionZip.Default.WriteTo(folder.Path));

        Assert.Equal(ExitCodes.DeploymentFailed, exitCode);
        Assert.Contains($"workflow '{TestSolutionZip.FlowName}': Flow client error", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedCredentials_ExitWithNotSignedInAndNoStackTrace()
    {
        using var folder = new TemporaryFolder();
        await using var fake = await FakeWebApi.StartAsync();
        var expired = new System.Collections.Generic.Dictionary<string, string> { ["DATAVERSE_ACCESS_TOKEN"] = "expired" };

        var (exitCode, output, error) = Run(expired, "deploy", "--url", fake.Url.ToString(), "--auth", "token", "--solution", TestSolutionZip.Default.WriteTo(folder.Path));

        Assert.Equal(ExitCodes.NotSignedIn, exitCode);
        Assert.Contains("(401 Unauthorized)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivacyModeOff_IsSavedAndTheOutputSaysWhatOffMeans()
    {
        using var folder = new TemporaryFolder();
        await using var fake = await FakeWebApi.StartAsync();

        var (exitCode, output, error) = Run(GoodToken, "deploy", "--url", fake.Url.ToString(), "--auth", "token", "--solution", TestSolutionZip.Default.WriteTo(folder.Path), "--settings", Settings(folder), "--privacy-mode", "off");

        Assert.True(exitCode == ExitCodes.Success, output + error);
        Assert.Equal("false", fake.State.Settings["PrivacyMode"].Value);
        Assert.Contains("done: Privacy mode is now off: managers see their people's names and figures in messages and reasons.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPrivacyMode_IsABadInputListingOnAndOff()
    {
        var (exitCode, _, error) = Run(GoodToken, "deploy", "--url", "https://contoso.crm4.dynamics.com", "--auth", "token", "--privacy-mode", "partial");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("Argument 'partial' not recognized. Must be one of:", error, StringComparison.Ordinal);
        Assert.Contains("'off'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingUrl_IsABadInputThatSaysWhereToFindIt()
    {
        var (exitCode, _, error) = Run(GoodToken, "deploy", "--auth", "token");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith("error: --url is required: the environment URL, e.g. https://contoso.crm4.dynamics.com (Power Platform admin center", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contoso", "is not an environment URL")]
    [InlineData("http://contoso.crm4.dynamics.com", "uses http; Dataverse is only reached over https")]
    [InlineData("https://contoso.crm4.dynamics.com/api/data/v9.2", "has a path; give the environment URL alone: https://contoso.crm4.dynamics.com")]
    public void BadUrl_IsABadInputThatSaysWhatIsWrong(string url, string problem)
    {
        var (exitCode, _, error) = Run(GoodToken, "deploy", "--url", url, "--auth", "token");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableZip_IsABadInput()
    {
        using var folder = new TemporaryFolder();

        var (exitCode, _, error) = Run(GoodToken, "deploy", "--url", "https://contoso.crm4.dynamics.com", "--auth", "token", "--solution", folder.File("AdoptionPlugins_managed.zip", "garbage"));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("is not a readable zip file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidSettingsFile_IsABadInputNamingTheLine()
    {
        using var folder = new TemporaryFolder();
        var settings = folder.File("settings.json", "{\n  \"EnvironmentVariables\": [\n    { \"SchemaName\": \"adopt_QuietDays\", \"Value\": 3 }\n  ]\n}");

        var (exitCode, _, error) = Run(GoodToken, "deploy", "--url", "https://contoso.crm4.dynamics.com", "--auth", "token", "--solution", TestSolutionZip.Default.WriteTo(folder.Path), "--settings", settings);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal($"error: {settings} line 3: EnvironmentVariables[0].Value must be a string (put the value in quotes).", error.Trim());
    }

    [Fact]
    public void ClientSecretWithoutTenant_IsABadInput()
    {
        using var folder = new TemporaryFolder();

        var (exitCode, _, error) = Run(GoodToken, "deploy", "--url", "https://contoso.crm4.dynamics.com", "--auth", "client-secret", "--client-id", "app", "--solution", TestSolutionZip.Default.WriteTo(folder.Path));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal("error: Signing in this way needs --tenant-id (or AZURE_TENANT_ID).", error.Trim());
    }

    [Fact]
    public void UnknownAuthKind_ListsTheKnownOnes()
    {
        var (exitCode, _, error) = Run(GoodToken, "deploy", "--auth", "password");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("azure-cli", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsEveryOption()
    {
        var (exitCode, output, _) = Run(GoodToken, "deploy", "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        foreach (var option in new[] { "--url", "--auth", "--tenant-id", "--client-id", "--certificate", "--solution", "--settings", "--enable-sending", "--disable-sending", "--privacy-mode", "--what-if", "--force", "--timeout" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }
}
