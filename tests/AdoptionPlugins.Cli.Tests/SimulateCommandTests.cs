using System;
using System.IO;
using Xunit;

namespace AdoptionPlugins.Cli.Tests;

public class SimulateCommandTests
{
    private static readonly string[] Options = ["--users", "--days", "--seed", "--privacy-mode", "--output", "--solution", "--configuration"];

    [Fact]
    public void Help_NamesEveryOption()
    {
        var (exitCode, output, _) = CliRun.Of("simulate", "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.All(Options, option => Assert.Contains(option, output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--users", "3", "--users must be between 11 and 2000, not 3: the organization needs a CEO, three executives")]
    [InlineData("--users", "5000", "--users must be between 11 and 2000, not 5000")]
    [InlineData("--days", "7", "--days must be between 14 and 365, not 7: the new starter joins and the leave begins in the second week.")]
    [InlineData("--days", "1000", "--days must be between 14 and 365, not 1000")]
    [InlineData("--seed", "lucky", "Cannot parse argument 'lucky' for option '--seed'")]
    [InlineData("--privacy-mode", "maybe", "Argument 'maybe' not recognized. Must be one of:")]
    public void BadArgument_IsABadInputThatSaysWhatIsWrong(string option, string value, string problem)
    {
        var (exitCode, output, error) = CliRun.Of("simulate", option, value);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public void SolutionWithoutTheDailyEvaluation_StopsAndSaysWhy()
    {
        using var scratch = new ScratchSolution();

        var (exitCode, _, error) = CliRun.Of("simulate", "--solution", scratch.Path, "--output", scratch.OutputFolder, "-c", CliRun.Configuration);

        Assert.Equal(ExitCodes.SimulationStopped, exitCode);
        Assert.StartsWith($"error: The solution in {scratch.Path} has no custom API adopt_EvaluateAdoption, so the daily evaluation cannot run", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSolutionFolder_IsABadInput()
    {
        using var scratch = new ScratchSolution();
        var missing = Path.Combine(scratch.OutputFolder, "nowhere");

        var (exitCode, _, error) = CliRun.Of("simulate", "--solution", missing, "--output", scratch.OutputFolder);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal($"error: No solution folder at {missing}.", error.Trim());
    }
}
