using System.Linq;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Tests.Support;
using AdoptionPlugins.Simulation.Work;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Running;

/// <summary>The simulation plays its work through the solution's real steps; what the plugins count must be exactly what was done.</summary>
public class CaptureThroughSimulationTests
{
    [Fact]
    public void EveryUserDay_CountsExactlyTheWorkDone()
    {
        var capture = Simulations.Shared.Capture;

        Assert.True(capture.UserDays > Simulations.People * 10, $"only {capture.UserDays} user-days were compared");
        Assert.Equal(capture.UserDays, capture.UserDaysMatching);
        Assert.Empty(capture.Differences);
    }

    [Fact]
    public void EveryKindOfWork_IsDoneAndCountedAlike()
    {
        var mix = Simulations.Shared.ActivityMix;

        Assert.All(mix, line => Assert.True(line.Done > 0, $"no {line.Kind} was done"));
        Assert.All(mix, line => Assert.Equal(line.Done, line.Counted));
    }

    [Fact]
    public void ImportedAndMigratedRows_CountForNobody()
    {
        var capture = Simulations.Shared.Capture;

        Assert.True(capture.UncreditedRows > 0);
        Assert.Equal(0, capture.SignalsForUncreditedRows);
    }

    [Fact]
    public void BulkImportOfTasksForTheExecutives_GivesThemNoActivity()
    {
        using var organization = SmallOrganization.Build();
        var planner = new WorkPlanner(organization, new System.Random(1), new SeededIds(2));
        var import = planner.PlanDay(planner.ImportDay).Single(item => item.Kind == WorkKind.BulkImport);
        organization.MoveClockTo(import.Utc);

        import.Perform(organization);
        organization.Emulator.AsyncJobs.RunUntilIdle();

        var signals = organization.Emulator.SystemService.RetrieveMultiple(new QueryExpression(ActivitySignal.EntityName)).Entities;
        Assert.True(import.UncreditedRows.Count >= 20);
        Assert.Empty(signals);
    }

    [Fact]
    public void WorkLoggedByTheAssistant_IsTheAssistantsAndOnlyShownToTheExecutive()
    {
        var report = Simulations.Shared;

        var behalf = report.ActivityMix.Single(line => line.Kind == Simulation.Reporting.Words.Counted(CountedAs.LoggedOnBehalf));

        Assert.True(behalf.Counted > 0);
        Assert.Contains(report.People, person => person.Story.StartsWith("Assistant who logs for", System.StringComparison.Ordinal));
    }
}
