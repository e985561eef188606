using System.Linq;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

public class ReconcileEqualityTests
{
    [Fact]
    public void ReconcileFromNothing_GivesTheDaysThePluginsWouldHaveRecorded()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);
        var byPlugins = DaysFromAllPlugins(org, scenario);
        ForgetCapture(org);

        ReconcileRunner.RunToEnd(org, scenario.Manager);

        Assert.Equal(byPlugins, ReconcileRunner.DaysSnapshot(org));
    }

    [Fact]
    public void ReconcileAfterBypassedSteps_FillsTheGapsExactly()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);
        var byPlugins = DaysFromAllPlugins(org, scenario);
        ForgetCapture(org);
        foreach (var job in scenario.Jobs.Where((_, index) => index % 2 == 0))
        {
            job.RunOn((IPlugin)System.Activator.CreateInstance(job.PluginType)!);
        }

        ReconcileRunner.RunToEnd(org, scenario.Manager);

        Assert.Equal(byPlugins, ReconcileRunner.DaysSnapshot(org));
    }

    [Fact]
    public void ReconcileTwice_WritesNothingTheSecondTime()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);
        ReconcileRunner.RunToEnd(org, scenario.Manager);
        var first = ReconcileRunner.DaysSnapshot(org);

        var written = ReconcileRunner.RunPage(org, scenario.Manager, null).Outputs[ReconcileActivityMessage.SignalsWritten];
        ReconcileRunner.RunToEnd(org, scenario.Manager);

        Assert.Equal(0, written);
        Assert.Equal(first, ReconcileRunner.DaysSnapshot(org));
    }

    [Fact]
    public void ReconcileOfTheScenario_CountsWhatAManagerWouldExplain()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);

        ReconcileRunner.RunToEnd(org, scenario.Manager);

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

    private static System.Collections.Generic.IReadOnlyList<string> DaysFromAllPlugins(CaptureOrganization org, SalesTeamScenario scenario)
    {
        foreach (var job in scenario.Jobs)
        {
            job.RunOn((IPlugin)System.Activator.CreateInstance(job.PluginType)!);
        }

        org.RefreshDays(scenario.People);
        return ReconcileRunner.DaysSnapshot(org);
    }

    private static void ForgetCapture(CaptureOrganization org)
    {
        org.DeleteAll(ActivitySignal.EntityName);
        org.DeleteAll(ActivityDay.EntityName);
    }
}
