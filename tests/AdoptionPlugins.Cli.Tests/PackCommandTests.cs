using System;
using System.IO;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Packaging;
using Xunit;

namespace AdoptionPlugins.Cli.Tests;

public class PackCommandTests
{
    [Fact]
    public void OurSolution_PacksBothZipsAndSaysWhere()
    {
        using var scratch = new ScratchSolution();

        var (exitCode, output, error) = CliRun.Of("pack", "--solution", RepositoryFolders.InRepository("solution"), "--output", scratch.OutputFolder, "-c", CliRun.Configuration);

        var version = ReleaseVersion.Current.ToString().Replace('.', '_');
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Empty(error);
        Assert.Contains($"  managed    {Path.Combine(scratch.OutputFolder, $"AdoptionPlugins_{version}_managed.zip")}", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(scratch.OutputFolder, $"AdoptionPlugins_{version}.zip")));
    }

    [Fact]
    public void PluginNotBuiltInThatConfiguration_IsBadInputSayingHowToBuildIt()
    {
        using var scratch = new ScratchSolution();
        scratch.Write(
            "PluginAssemblies/AdoptionPlugins-0D9F8E7C-6B5A-4938-8271-605F4E3D2C1B/AdoptionPlugins.dll.data.xml",
            "<PluginAssembly FullName=\"AdoptionPlugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null\" PluginAssemblyId=\"0d9f8e7c-6b5a-4938-8271-605f4e3d2c1b\">"
            + "<FileName>/PluginAssemblies/AdoptionPlugins-0D9F8E7C-6B5A-4938-8271-605F4E3D2C1B/AdoptionPlugins.dll</FileName></PluginAssembly>");

        var (exitCode, _, error) = CliRun.Of("pack", "--solution", scratch.Path, "--output", scratch.OutputFolder, "-c", "Unbuilt");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith("error: PluginAssemblies/AdoptionPlugins-0D9F8E7C-6B5A-4938-8271-605F4E3D2C1B/AdoptionPlugins.dll.data.xml: the built AdoptionPlugins.dll is not at ", error, StringComparison.Ordinal);
        Assert.EndsWith($"Build the plugin first: dotnet build src/AdoptionPlugins -c Unbuilt{Environment.NewLine}", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.OutputFolder));
    }

    [Fact]
    public void FileThePackerDoesNotKnow_IsAProblemInTheSolution()
    {
        using var scratch = new ScratchSolution();
        scratch.Write("notes.txt", "to do");

        var (exitCode, _, error) = CliRun.Of("pack", "--solution", scratch.Path, "--output", scratch.OutputFolder);

        Assert.Equal(ExitCodes.ProblemsFound, exitCode);
        Assert.StartsWith("error: notes.txt: pack does not know where this file goes in a solution zip", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSolutionFolder_IsBadInput()
    {
        using var scratch = new ScratchSolution();
        var missing = Path.Combine(scratch.OutputFolder, "nowhere");

        var (exitCode, output, error) = CliRun.Of("pack", "--solution", missing, "--output", scratch.OutputFolder);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal($"error: No solution folder at {missing}.", error.Trim());
        Assert.Empty(output);
    }

    [Fact]
    public void Help_NamesEveryOption()
    {
        var (exitCode, output, _) = CliRun.Of("pack", "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("--solution", output, StringComparison.Ordinal);
        Assert.Contains("--output", output, StringComparison.Ordinal);
        Assert.Contains("--configuration", output, StringComparison.Ordinal);
    }
}
