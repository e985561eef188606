using System;
using System.Linq;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Simulation.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Organization;

public class OrganizationPlanTests
{
    [Fact]
    public void SmallestOrganization_HasEveryPersona()
    {
        var plan = SmallOrganization.Plan();

        var personas = plan.People.Select(person => person.Persona).ToHashSet();

        Assert.Equal(Enum.GetValues<Persona>().ToHashSet(), personas);
    }

    [Theory]
    [InlineData(OrganizationPlan.MinimumPeople)]
    [InlineData(SimulationLimits.DefaultPeople)]
    [InlineData(SimulationLimits.MaximumPeople)]
    public void RequestedPeople_AreTheHumansBesideTheIntegration(int people)
    {
        var plan = SmallOrganization.Plan(people: people);

        Assert.Equal(people, plan.Humans.Count());
        Assert.Equal(people + 1, plan.People.Count);
    }

    [Fact]
    public void Names_AreDistinct()
    {
        var plan = SmallOrganization.Plan(people: SimulationLimits.MaximumPeople);

        Assert.Equal(plan.People.Count, plan.People.Select(person => person.FullName).Distinct().Count());
    }

    [Fact]
    public void SameSeed_PlansTheSamePeople()
    {
        var (first, second) = (SmallOrganization.Plan(seed: 5), SmallOrganization.Plan(seed: 5));

        Assert.Equal(first.People, second.People);
    }

    [Fact]
    public void OtherSeed_PlansOtherPeople()
    {
        var (first, second) = (SmallOrganization.Plan(seed: 5), SmallOrganization.Plan(seed: 6));

        Assert.NotEqual(first.People.Select(person => person.FullName), second.People.Select(person => person.FullName));
    }

    [Fact]
    public void Reps_ReportToASalesManagerOfTheirRegion()
    {
        var plan = SmallOrganization.Plan(people: SimulationLimits.DefaultPeople);

        var reps = plan.People.Where(person => person.Persona is Persona.SalesRep or Persona.NewStarter or Persona.RepOnLeave).ToList();

        Assert.All(reps, rep => Assert.Equal((Persona.SalesManager, rep.Region), (plan.Person(rep.ManagerId!.Value).Persona, plan.Person(rep.ManagerId!.Value).Region)));
    }

    [Fact]
    public void Assistant_LogsForTheExecutiveWhoLeavesTheLoggingToThem()
    {
        var plan = SmallOrganization.Plan();

        var assistant = plan.People.Single(person => person.Persona == Persona.ExecutiveAssistant);

        Assert.Equal(Persona.DelegatingExecutive, plan.Person(assistant.LogsForId!.Value).Persona);
    }

    [Fact]
    public void ShortestSimulation_SeesTheNewStarterJoinAndTheLeaveBegin()
    {
        var plan = SmallOrganization.Plan(days: SimulationLimits.MinimumDays);

        var (starter, away) = (plan.People.Single(p => p.Persona == Persona.NewStarter), plan.People.Single(p => p.Persona == Persona.RepOnLeave));

        Assert.InRange(starter.JoinsOnDay!.Value, 1, SimulationLimits.MinimumDays - 1);
        Assert.InRange(away.Leave!.First, 1, SimulationLimits.MinimumDays - 1);
    }

    [Fact]
    public void TooFewPeople_AreRefused()
    {
        var refused = Record.Exception(() => SmallOrganization.Plan(people: OrganizationPlan.MinimumPeople - 1));

        Assert.IsType<ArgumentOutOfRangeException>(refused);
    }
}
