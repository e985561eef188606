using System;
using System.Threading.Tasks;
using AdoptionPlugins.Cli.Tests.Support;
using AdoptionPlugins.FakeDataverse;
using AdoptionPlugins.Tooling.Deployment;
using Xunit;
using static AdoptionPlugins.Cli.Tests.Support.DeployCli;

namespace AdoptionPlugins.Cli.Tests;

public class UninstallCommandTests
{
    [Fact]
    public async Task WhatIf_ListsPurgeThenDeleteAndChangesNothing()
    {
        using var folder = new TemporaryFolder();
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { RowsPerTable = 3 });
        var zip = TestSolutionZip.Default.WriteTo(folder.Path);
        fake.Install(SolutionPackage.Read(zip));

        var (exitCode, output, _) = Run(GoodToken, "uninstall", "--url", fake.Url.ToString(), "--auth", "token", "--solution", zip, "--purge-data", "--what-if");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.True(output.IndexOf("Would delete the rows of 2 table(s)", StringComparison.Ordinal) < output.IndexOf("Would delete AdoptionPlugins 1.0.0.0", StringComparison.Ordinal), output);
        Assert.Contains("adopt_usageday: 3 row(s)", output, StringComparison.Ordinal);
        Assert.Empty(fake.Writes);
    }

    [Fact]
    public async Task PurgeData_DeletesTheRowsThenTheSolution()
    {
        using var folder = new TemporaryFolder();
        await using var fake = await FakeWebApi.StartAsync(new FakeScenario { RowsPerTable = 3 });
        var zip = TestSolutionZip.Default.WriteTo(folder.Path);
        fake.Install(SolutionPackage.Read(zip));

        var (exitCode, output, _) = Run(GoodToken, "uninstall", "--url", fake.Url.ToString(), "--auth", "token", "--solution", zip, "--purge-data");

        Assert.True(exitCode == ExitCodes.Success, output);
        Assert.Equal(6, fake.Writes.Count - 1);
        Assert.StartsWith("DELETE solutions(", fake.Writes[^1], StringComparison.Ordinal);
        Assert.Empty(fake.State.Solutions);
    }
}
