using System;
using System.IO;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Simulation.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Running;

public class SimulatorTests
{
    [Fact]
    public void SolutionWithoutTheDailyEvaluation_StopsBeforeDoingAnything()
    {
        using var solution = new ScratchSolution(Path.Combine("customapis", EvaluateAdoptionMessage.UniqueName));
        using var output = new OutputFolder();
        var options = Simulations.Options(output.Path) with { SolutionFolder = solution.Path, RunEvaluation = true };

        var stopped = Assert.Throws<SimulationStoppedException>(() => Simulator.Run(options, SilentProgress.Instance));

        Assert.Contains("has no custom API adopt_EvaluateAdoption, so the daily evaluation cannot run", stopped.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Theory]
    [InlineData(SimulationLimits.MinimumPeople - 1, SimulationLimits.DefaultDays)]
    [InlineData(SimulationLimits.MaximumPeople + 1, SimulationLimits.DefaultDays)]
    [InlineData(SimulationLimits.DefaultPeople, SimulationLimits.MinimumDays - 1)]
    [InlineData(SimulationLimits.DefaultPeople, SimulationLimits.MaximumDays + 1)]
    public void SizeOutOfRange_IsRefused(int people, int days)
    {
        using var output = new OutputFolder();

        var refused = Record.Exception(() => Simulator.Run(Simulations.Options(output.Path, people, days), SilentProgress.Instance));

        Assert.IsType<ArgumentOutOfRangeException>(refused);
    }
}
