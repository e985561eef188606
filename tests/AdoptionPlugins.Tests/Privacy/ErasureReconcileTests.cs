using System;
using System.Linq;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Privacy.Support;
using AdoptionPlugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

/// <summary>A reconcile after an erase rebuilds everyone's history but the erased person's; their new work still counts.</summary>
public sealed class ErasureReconcileTests
{
    private static readonly DateTime DayAfterErase = new(2026, 11, 27, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ReconcileOverTheErasedDays_RebuildsOthersButNothingOfThePerson()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);
        var admin = org.CreateAdministrator("Ada Admin");
        PersonalDataCalls.EraseAll(org.SystemService, scenario.Rep);
        org.DeleteAll(ActivitySignal.EntityName);
        org.DeleteAll(ActivityDay.EntityName);

        ReconcileRunner.RunToEnd(org, admin);

        Assert.Equal((0, 0, true), (SignalsOf(org, scenario.Rep).Length, org.ActivityDaysOf(scenario.Rep).Count, org.ActivityDaysOf(scenario.BerlinRep).Count > 0));
    }

    [Fact]
    public void ReconcileAfterErasingSomeoneAnAssistantLoggedFor_KeepsTheAssistantsCreditWithoutTheirName()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);
        var admin = org.CreateAdministrator("Ada Admin");
        PersonalDataCalls.EraseAll(org.SystemService, scenario.Executive);
        org.DeleteAll(ActivitySignal.EntityName);

        ReconcileRunner.RunToEnd(org, admin);

        var signals = org.Rows(ActivitySignal.EntityName);
        Assert.Equal((0, true), (signals.Count(row => row.GetAttributeValue<EntityReference>(ActivitySignal.OnBehalfOfId)?.Id == scenario.Executive), SignalsOf(org, scenario.Assistant).Length > 0));
    }

    [Fact]
    public void NewWorkAfterTheErase_IsCapturedByTheSteps()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);
        org.RunCaptureJobs();
        PersonalDataCalls.EraseAll(org.SystemService, scenario.Rep);
        org.At(DayAfterErase);

        org.ServiceFor(scenario.Rep).Create(new Entity(Activity.PhoneCall) { ["subject"] = "Follow-up after the demo" });
        org.RunCaptureJobs();

        Assert.Equal([DayAfterErase], SignalsOf(org, scenario.Rep).Select(row => row.GetAttributeValue<DateTime>(ActivitySignal.OccurredOn)));
    }

    [Fact]
    public void NewWorkAfterTheEraseThatCaptureMissed_IsRebuiltByAReconcile()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);
        var admin = org.CreateAdministrator("Ada Admin");
        PersonalDataCalls.EraseAll(org.SystemService, scenario.Rep);
        org.At(DayAfterErase);
        org.WithoutCapture(() => org.ServiceFor(scenario.Rep).Create(new Entity(Activity.PhoneCall) { ["subject"] = "Follow-up after the demo" }));

        ReconcileRunner.RunToEnd(org, admin);

        Assert.Equal([DayAfterErase], SignalsOf(org, scenario.Rep).Select(row => row.GetAttributeValue<DateTime>(ActivitySignal.OccurredOn)));
    }

    [Fact]
    public void CaptureJobQueuedBeforeTheErase_WritesNothingThatTheNextRollUpKeeps()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);
        PersonalDataCalls.EraseAll(org.SystemService, scenario.Rep);
        org.RunCaptureJobs();

        org.RefreshDays(scenario.Rep, scenario.BerlinRep);

        Assert.Equal((0, 0, true), (SignalsOf(org, scenario.Rep).Length, org.ActivityDaysOf(scenario.Rep).Count, org.ActivityDaysOf(scenario.BerlinRep).Count > 0));
    }

    private static Entity[] SignalsOf(CaptureOrganization org, Guid userId) =>
        [.. org.Rows(ActivitySignal.EntityName).Where(row => row.GetAttributeValue<EntityReference>(ActivitySignal.UserId)?.Id == userId)];
}
