using System;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Deployment;
using AdoptionPlugins.Tooling.Tests.Deployment.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Deployment;

public class DeploymentPlanTests
{
    private static readonly SolutionPackage Package = Deploy.Package(TestSolutionZip.Default);

    [Fact]
    public void VariableTheSolutionDoesNotHave_IsRefusedWithTheOnesItHas()
    {
        var settings = Settings.Parse("{ \"EnvironmentVariables\": [\n { \"SchemaName\": \"adopt_QuietDay\", \"Value\": \"3\" } ] }");

        var error = Assert.Throws<DeploymentInputException>(() => DeploymentPlan.Create(Package, settings, new DeploymentOptions()));

        Assert.Equal("settings.json line 2: EnvironmentVariables SchemaName \"adopt_QuietDay\" is not an environment variable of AdoptionPlugins 1.0.0.0; it has adopt_QuietDays, adopt_SponsorEmail, adopt_SendingEnabled.", error.Message);
    }

    [Fact]
    public void TextForANumberVariable_IsRefused()
    {
        var settings = Settings.Parse("{ \"EnvironmentVariables\": [ { \"SchemaName\": \"adopt_QuietDays\", \"Value\": \"three\" } ] }");

        var error = Assert.Throws<DeploymentInputException>(() => DeploymentPlan.Create(Package, settings, new DeploymentOptions()));

        Assert.EndsWith("Value \"three\" is not a number (use digits and a dot, e.g. 7 or 2.5).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SendingSwitchInTheSettingsFile_IsRefusedInFavourOfTheExplicitOption()
    {
        var settings = Settings.Parse("{ \"EnvironmentVariables\": [ { \"SchemaName\": \"adopt_SendingEnabled\", \"Value\": \"yes\" } ] }");

        var error = Assert.Throws<DeploymentInputException>(() => DeploymentPlan.Create(Package, settings, new DeploymentOptions()));

        Assert.Contains("is the sending switch; turn sending on or off with --enable-sending", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionOfAnotherConnector_IsRefused()
    {
        var settings = Settings.Parse("{ \"ConnectionReferences\": [ { \"LogicalName\": \"adopt_Dataverse\", \"ConnectionId\": \"c\", \"ConnectorId\": \"/providers/Microsoft.PowerApps/apis/shared_office365\" } ] }");

        var error = Assert.Throws<DeploymentInputException>(() => DeploymentPlan.Create(Package, settings, new DeploymentOptions()));

        Assert.Contains("differs from the solution's /providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnmanagedZip_IsRefused()
    {
        var unmanaged = Deploy.Package(TestSolutionZip.Default with { Managed = false });

        var error = Assert.Throws<DeploymentInputException>(() => DeploymentPlan.Create(unmanaged, DeploymentSettings.None, new DeploymentOptions()));

        Assert.Contains("is an unmanaged solution", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnableSendingWithoutASwitchInTheSolution_IsRefused()
    {
        var withoutSwitch = Deploy.Package(TestSolutionZip.Default with { WithSendingSwitch = false });

        var error = Assert.Throws<DeploymentInputException>(() => DeploymentPlan.Create(withoutSwitch, DeploymentSettings.None, new DeploymentOptions { Sending = SendingChange.Enable }));

        Assert.Contains("has no adopt_SendingEnabled environment variable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyModeWithoutASettingsTableInTheSolution_IsRefused()
    {
        var withoutTable = Deploy.Package(TestSolutionZip.Default with { WithSettingsTable = false });

        var error = Assert.Throws<DeploymentInputException>(() => DeploymentPlan.Create(withoutTable, DeploymentSettings.None, new DeploymentOptions { PrivacyMode = PrivacyModeChange.Off }));

        Assert.Contains("has no adopt_adoptionsetting table, so deploy cannot save privacy mode", error.Message, StringComparison.Ordinal);
    }
}
