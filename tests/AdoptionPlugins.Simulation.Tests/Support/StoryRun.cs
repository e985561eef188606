using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Running;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>
/// One small simulation as the command runs it, with the real daily evaluation every morning: its report, the plan it played
/// and the files it wrote. Immutable, run once and read by the story's tests.
/// </summary>
public sealed record StoryRun(SimulationReport Report, OrganizationPlan Plan, IReadOnlyList<string> FilesWritten)
{
    public const int People = 11;

    /// <summary>Long enough for the lapsing executive, who stops on day 7, to fall below the executive tier's bar.</summary>
    public const int Days = 28;

    public const int Seed = 5;

    private static readonly Lazy<StoryRun> Run = new(() =>
    {
        using var folder = new OutputFolder();
        var options = Simulations.Options(folder.Path, People, Days, Seed) with { RunEvaluation = true };
        var result = Simulator.Run(options, SilentProgress.Instance);
        var files = Directory.GetFiles(folder.Path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return new StoryRun(result.Report, SmallOrganization.Plan(Seed, People, Days), files);
    });

    public static StoryRun Shared => Run.Value;

    public PlannedPerson The(Persona persona) => Plan.People.First(person => person.Persona == persona);
}
