using System.Collections.Generic;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

/// <summary>After reconcile, through the custom API, the activity days equal what the capture steps would have recorded.</summary>
public class ReconcileEqualityTests
{
    [Fact]
    public void ReconcileFromNothing_GivesTheDaysThePluginsWouldHaveRecorded()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);
        var byPlugins = DaysFromCapture(org, scenario);
        org.DeleteAll(ActivitySignal.EntityName);
        org.DeleteAll(ActivityDay.EntityName);

        ReconcileRunner.RunToEnd(org, org.CreateAdministrator("Ada Admin"));

        Assert.Equal(byPlugins, ReconcileRunner.DaysSnapshot(org));
    }

    [Fact]
    public void ReconcileAfterCaptureWasOffForHalfTheEvents_FillsTheGapsExactly()
    {
        using var full = new CaptureOrganization();
        var byPlugins = DaysFromCapture(full, new SalesTeamScenario(full));
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org, captured: index => index % 2 == 0);
        DaysFromCapture(org, scenario);

        ReconcileRunner.RunToEnd(org, org.CreateAdministrator("Ada Admin"));

        Assert.Equal(byPlugins, ReconcileRunner.DaysSnapshot(org));
    }

    [Fact]
    public void ReconcileTwice_WritesNothingTheSecondTime()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);
        var admin = org.CreateAdministrator("Ada Admin");
        ReconcileRunner.RunToEnd(org, admin);
        var first = ReconcileRunner.DaysSnapshot(org);

        var written = ReconcileRunner.RunPage(org, admin, null).SignalsWritten;
        ReconcileRunner.RunToEnd(org, admin);

        Assert.Equal(0, written);
        Assert.Equal(first, ReconcileRunner.DaysSnapshot(org));
    }

    [Fact]
    public void ReconcileOfTheScenario_CountsWhatAManagerWouldExplain()
    {
        using var org = new CaptureOrganization();
        _ = new SalesTeamScenario(org);

        ReconcileRunner.RunToEnd(org, org.CreateAdministrator("Ada Admin"));

        Assert.Equal(
            [
                "Ari Assistant, 2026-11-25 1,0,0,0,0,0,0,0,0,0,0,1 2026-11-25 08:05:00Z 2026-11-25 08:05:00Z",
                "Bea Berlin, 2026-11-26 0,1,0,0,0,0,0,0,0,0,0,1 2026-11-25 23:30:00Z 2026-11-25 23:30:00Z",
                "Eve Executive, 2026-11-25 0,0,0,0,0,0,0,0,0,0,1,0 - -",
                "Morgan Manager, 2026-11-25 0,0,0,0,0,0,0,0,0,1,0,1 2026-11-25 14:40:00Z 2026-11-25 14:40:00Z",
                "Riley Rep, 2026-11-25 2,1,0,1,2,1,2,1,0,0,0,10 2026-11-25 08:05:00Z 2026-11-25 14:40:00Z",
                "Riley Rep, 2026-11-26 0,1,0,0,0,0,0,0,1,1,0,3 2026-11-26 10:00:00Z 2026-11-26 10:45:00Z",
            ],
            ReconcileRunner.DaysSnapshot(org));
    }

    private static IReadOnlyList<string> DaysFromCapture(CaptureOrganization org, SalesTeamScenario scenario)
    {
        org.RunCaptureJobs();
        org.RefreshDays(scenario.People);
        return ReconcileRunner.DaysSnapshot(org);
    }
}
