using System;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>The smallest simulated organization, built in an emulator from the real solution and plugin assembly, before any work.</summary>
public static class SmallOrganization
{
    public static SimulatedOrganization Build(int seed = 1, int people = OrganizationPlan.MinimumPeople, int days = SimulationLimits.MinimumDays, string? solution = null)
    {
        var random = new Random(seed);
        var ids = new SeededIds(seed);
        var calendar = new SimulationCalendar(SimulationCalendar.DefaultFirstDay, days);
        var plan = OrganizationPlan.Create(people, days, random, ids);
        return OrganizationBuilder.Build(solution ?? RepositoryFolders.InRepository("solution"), typeof(RecordActivitySignalOnCreate).Assembly, plan, calendar, ids);
    }

    public static OrganizationPlan Plan(int seed = 1, int people = OrganizationPlan.MinimumPeople, int days = SimulationLimits.MinimumDays) =>
        OrganizationPlan.Create(people, days, new Random(seed), new SeededIds(seed));
}
