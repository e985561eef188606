namespace AdoptionPlugins.Simulation.Running;

/// <summary>What to simulate and where: the size, the seed, privacy mode, the solution tree, the built plugin and the output folder.</summary>
public sealed record SimulationOptions
{
    /// <summary>People in the organization, not counting the integration user.</summary>
    public int People { get; init; } = SimulationLimits.DefaultPeople;

    public int Days { get; init; } = SimulationLimits.DefaultDays;

    /// <summary>Decides everything random: names, cities, behaviour, hours, ids. The same seed gives the same numbers.</summary>
    public int Seed { get; init; } = SimulationLimits.DefaultSeed;

    /// <summary>The product's privacy mode, on by default as after an install.</summary>
    public bool PrivacyMode { get; init; } = true;

    /// <summary>The unpacked solution (the folder holding Other/): its tables, steps, custom APIs and roles are what the organization runs.</summary>
    public required string SolutionFolder { get; init; }

    /// <summary>The folder with the built net462 plugin DLL the zips carry.</summary>
    public required string PluginBuildFolder { get; init; }

    /// <summary>Where the HTML report and the two solution zips are written.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>
    /// Off only in tests of what comes before the evaluation: the days are then rolled up with the capture's own refresher and the
    /// evaluation's sections stay empty. The command always runs the real evaluation.
    /// </summary>
    internal bool RunEvaluation { get; init; } = true;
}
