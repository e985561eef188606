using System;
using System.IO;
using System.Linq;
using System.Text;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Registrations;
using Xunit;

namespace AdoptionPlugins.Tests.Registrations;

/// <summary>
/// solution/ registers exactly what the entry points' attributes say, both ways. To regenerate the files after changing an
/// attribute, run the tests once with ADOPTION_REGENERATE=1.
/// </summary>
public class PluginRegistrationSyncTests
{
    private static readonly Lazy<SolutionRegistrations> Solution = new(() =>
    {
        if (Environment.GetEnvironmentVariable("ADOPTION_REGENERATE") == "1")
        {
            Regenerate(SolutionFolder);
        }

        return SolutionRegistrations.Read(SolutionFolder);
    });

    private static string SolutionFolder => RepositoryFolders.InRepository("solution");

    [Fact]
    public void EveryStepAttribute_HasTheSameStepFileInSolution()
    {
        var missing = ExpectedRegistrations.Steps().Where(step => !Solution.Value.Steps.Contains(step)).ToList();

        Assert.True(missing.Count == 0, "Write these step files (or run the tests with ADOPTION_REGENERATE=1):\n" + string.Join("\n", missing.Select(Show)));
    }

    [Fact]
    public void EveryStepFileInSolution_HasItsAttribute()
    {
        var expected = ExpectedRegistrations.Steps();

        var orphans = Solution.Value.Steps.Where(step => !expected.Contains(step)).Select(step => $"{step.RelativePath} ({step.Name})").ToList();

        Assert.True(orphans.Count == 0, "These steps have no [PluginStep] attribute that states them; delete the files or add the attribute:\n" + string.Join("\n", orphans));
    }

    [Fact]
    public void PluginAssemblyFile_ListsEveryPluginTypeOfTheAssembly()
    {
        var expected = ExpectedRegistrations.Assembly();

        var assembly = Assert.Single(Solution.Value.Assemblies);

        Assert.True(expected == assembly, $"Write {PluginAssemblyXml.RelativePathOf(expected)}:\n{Encoding.UTF8.GetString(PluginAssemblyXml.Write(expected))}");
    }

    [Fact]
    public void SolutionManifest_ListsTheAssemblyAndEveryStepAsRootComponents()
    {
        var expected = ExpectedRegistrations.Steps().Select(step => SolutionManifestComponents.Describe(SolutionManifestComponents.StepType, step.Id))
            .Append(SolutionManifestComponents.Describe(SolutionManifestComponents.AssemblyType, ExpectedRegistrations.Assembly().PluginAssemblyId))
            .Order(StringComparer.Ordinal);

        _ = Solution.Value;

        Assert.Equal(expected, SolutionManifestComponents.Read(SolutionFolder));
    }

    [Fact]
    public void Registrations_PassEveryPlatformRule()
    {
        var violations = RegistrationRules.Check(Solution.Value);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void CaptureSteps_AreAsynchronousPostOperationWithAutoDelete()
    {
        var steps = ExpectedRegistrations.Steps().Where(step => step.Name.Contains(".Record", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(steps);
        Assert.All(steps, step => Assert.Equal((PipelineStage.PostOperation, StepMode.Asynchronous, true), (step.Stage, step.Mode, step.AsyncAutoDelete)));
    }

    [Fact]
    public void StepMissingFromSolution_IsReportedWithTheXmlToWrite()
    {
        var step = ExpectedRegistrations.Steps()[0];
        var solution = Solution.Value with { Steps = Solution.Value.Steps.Where(candidate => candidate.Id != step.Id).ToValueList() };

        var missing = ExpectedRegistrations.Steps().Where(expected => !solution.Steps.Contains(expected)).Select(Show).ToList();

        Assert.Contains("<SdkMessageProcessingStep Name=\"" + step.Name + "\"", Assert.Single(missing), StringComparison.Ordinal);
    }

    private static string Show(StepRegistration step) => $"{step.RelativePath}:\n{Encoding.UTF8.GetString(StepRegistrationXml.Write(step))}";

    private static void Regenerate(string solutionFolder)
    {
        var stepsFolder = Path.Combine(solutionFolder, StepRegistrationXml.Folder);
        if (Directory.Exists(stepsFolder))
        {
            Directory.Delete(stepsFolder, recursive: true);
        }

        var assembliesFolder = Path.Combine(solutionFolder, PluginAssemblyXml.Folder);
        if (Directory.Exists(assembliesFolder))
        {
            Directory.Delete(assembliesFolder, recursive: true);
        }

        var steps = ExpectedRegistrations.Steps();
        foreach (var step in steps)
        {
            StepRegistrationXml.WriteTo(solutionFolder, step);
        }

        var assembly = ExpectedRegistrations.Assembly();
        PluginAssemblyXml.WriteTo(solutionFolder, assembly);
        SolutionManifestComponents.Write(solutionFolder, assembly.PluginAssemblyId, assembly.FullName, steps.Select(step => step.Id));
    }
}
