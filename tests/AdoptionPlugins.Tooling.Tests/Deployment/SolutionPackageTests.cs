using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Deployment;
using AdoptionPlugins.Tooling.Tests.Deployment.Support;
using AdoptionPlugins.Tooling.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Deployment;

public class SolutionPackageTests
{
    [Fact]
    public void ManagedZip_YieldsTheNamesDeployConfigures()
    {
        var package = Deploy.Package(TestSolutionZip.Default);

        Assert.Equal(("AdoptionPlugins", new Version(1, 0, 0, 0), true, "adopt"), (package.UniqueName, package.Version, package.IsManaged, package.PublisherPrefix));
        Assert.Equal([TestSolutionZip.QuietDays, TestSolutionZip.SendingSwitch, TestSolutionZip.SponsorEmail], package.EnvironmentVariables.Select(variable => variable.SchemaName).Order());
        Assert.Equal(TestSolutionZip.SendingSwitch, package.SendingSwitch?.SchemaName);
        var flow = package.CloudFlows.Single();
        Assert.Equal((TestSolutionZip.FlowId, TestSolutionZip.FlowName, TestSolutionZip.DataverseConnection), (flow.WorkflowId, flow.Name, flow.ConnectionReferences.Single()));
        Assert.Equal("adopt_usageday.adopt_user_day (adopt_userid, adopt_day)", package.AlternateKeys.Single().ToString());
        Assert.Equal([new TableDefinition("adopt_usageday", "adopt_usagedays"), new TableDefinition("adopt_adoptionsetting", TestSolutionZip.SettingsEntitySet)], package.Tables);
        Assert.Equal(package.Tables[1], package.SettingsTable);
    }

    [Fact]
    public void MissingFile_SaysItCannotBeRead()
    {
        var error = Assert.Throws<DeploymentInputException>(() => SolutionPackage.Read("/no/such/AdoptionPlugins_managed.zip"));

        Assert.StartsWith("Cannot read the solution zip /no/such/AdoptionPlugins_managed.zip:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatIsNotAZip_SaysSoAndHowToGetOne()
    {
        using var file = new TemporaryFile("AdoptionPlugins_managed.zip");
        File.WriteAllText(file.Path, "not a zip");

        var error = Assert.Throws<DeploymentInputException>(() => SolutionPackage.Read(file.Path));

        Assert.Contains("is not a readable zip file", error.Message, StringComparison.Ordinal);
        Assert.Contains("adoption pack", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipWithoutSolutionXml_IsNotASolution()
    {
        using var file = new TemporaryFile("other.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(file.Path, System.IO.Compression.ZipArchiveMode.Create))
        {
            zip.CreateEntry("readme.txt");
        }

        var error = Assert.Throws<DeploymentInputException>(() => SolutionPackage.Read(file.Path));

        Assert.Equal($"{file.Path} has no solution.xml at its root, so it is not a packed solution. Pass the managed zip that 'adoption pack' writes.", error.Message);
    }
}
