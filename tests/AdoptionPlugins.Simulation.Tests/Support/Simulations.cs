using System;
using System.IO;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>
/// Small simulations of the real solution with the daily evaluation switched off, for tests of the capture that comes before it,
/// written to a folder the caller owns; and one shared run whose report, an immutable value, several tests read.
/// </summary>
public static class Simulations
{
    public const int People = 12;
    public const int Days = 21;
    public const int Seed = 3;

    private static readonly Lazy<SimulationReport> SharedRun = new(() =>
    {
        using var folder = new OutputFolder();
        return Run(folder.Path).Report;
    });

    /// <summary>The report of a 12-person, three-week simulation with seed 3.</summary>
    public static SimulationReport Shared => SharedRun.Value;

    public static SimulationOptions Options(string outputFolder, int people = People, int days = Days, int seed = Seed) => new()
    {
        People = people,
        Days = days,
        Seed = seed,
        SolutionFolder = RepositoryFolders.InRepository("solution"),
        PluginBuildFolder = Path.Combine(AppContext.BaseDirectory, "dataverse"),
        OutputFolder = outputFolder,
        RunEvaluation = false,
    };

    public static SimulationResult Run(string outputFolder, int people = People, int days = Days, int seed = Seed) =>
        Simulator.Run(Options(outputFolder, people, days, seed), SilentProgress.Instance);
}
