using AdoptionPlugins.Simulation.Organization;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>The sizes a simulation accepts and the defaults it runs with, so the command line and the runner agree.</summary>
public static class SimulationLimits
{
    public const int DefaultPeople = 40;
    public const int MinimumPeople = OrganizationPlan.MinimumPeople;
    public const int MaximumPeople = 2000;

    /// <summary>Six weeks: long enough for one executive to lapse, an import to land, a new starter to settle and leave to end.</summary>
    public const int DefaultDays = 42;

    /// <summary>Two weeks: the new starter joins and the leave starts in the second.</summary>
    public const int MinimumDays = 14;
    public const int MaximumDays = 365;

    public const int DefaultSeed = 1;
}
