using System;
using System.Linq;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

public class CapturePluginTests
{
    [Fact]
    public void RepLogsACall_CountsOnePhoneCallOnTheRepsDay()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var call = org.ServiceFor(rep).Create(new Entity(Activity.PhoneCall) { ["subject"] = "Discovery call" });

        DirectPluginRun.Create<RecordActivitySignalOnCreate>(org, Activity.PhoneCall, call, rep);
        org.RefreshDays(rep);

        var day = Assert.Single(org.ActivityDaysOf(rep));
        Assert.Equal((1, 1, "Riley Rep, 2026-11-25"), (day.GetAttributeValue<int>(ActivityDay.PhoneCallCount), day.GetAttributeValue<int>(ActivityDay.TotalCount), day.GetAttributeValue<string>(ActivityDay.Name)));
    }

    [Fact]
    public void AssistantLogsForExecutive_CountsForTheAssistantAndAsOnBehalfForTheExecutive()
    {
        using var org = new CaptureOrganization();
        var (assistant, executive) = (org.CreateUser("Ari Assistant"), org.CreateUser("Eve Executive"));
        var task = org.ServiceFor(assistant).Create(new Entity(Activity.Task) { ["subject"] = "Prepare board deck", [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, executive) });

        DirectPluginRun.Create<RecordActivitySignalOnCreate>(org, Activity.Task, task, assistant);
        org.RefreshDays(assistant, executive);

        var executiveDay = Assert.Single(org.ActivityDaysOf(executive));
        Assert.Equal((0, 1), (executiveDay.GetAttributeValue<int>(ActivityDay.TotalCount), executiveDay.GetAttributeValue<int>(ActivityDay.LoggedOnBehalfCount)));
        Assert.Equal(1, Assert.Single(org.ActivityDaysOf(assistant)).GetAttributeValue<int>(ActivityDay.TaskCount));
    }

    [Fact]
    public void EmailSyncedBySystem_CountsAsTrackedForTheMailboxOwner()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var email = org.SystemService.Create(new Entity(Activity.Email) { ["subject"] = "Re: pricing", [Activity.DirectionCode] = false, [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, rep) });

        DirectPluginRun.Create<RecordActivitySignalOnCreate>(org, Activity.Email, email, org.Database.SystemUserId);
        org.RefreshDays(rep);

        var day = Assert.Single(org.ActivityDaysOf(rep));
        Assert.Equal((1, 0), (day.GetAttributeValue<int>(ActivityDay.EmailTrackedCount), day.GetAttributeValue<int>(ActivityDay.EmailSentCount)));
    }

    [Fact]
    public void IntegrationBulkImport_LeavesTheSleepingExecutiveWithoutActivity()
    {
        using var org = new CaptureOrganization();
        var executive = org.CreateUser("Eve Executive");
        var connector = org.CreateUser("ERP connector", adjust: user => user[SystemUser.ApplicationId] = Guid.NewGuid());
        var imported = Enumerable.Range(0, 5).Select(i => org.ServiceFor(connector).Create(new Entity(Activity.Task)
        {
            ["subject"] = $"Imported {i}", [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, executive), [RecordColumns.ImportSequenceNumber] = 3,
        })).ToList();

        var runs = imported.Select(task => DirectPluginRun.Create<RecordActivitySignalOnCreate>(org, Activity.Task, task, connector)).ToList();
        org.RefreshDays(executive, connector);

        Assert.Empty(org.Rows(ActivitySignal.EntityName));
        Assert.Empty(org.ActivityDaysOf(executive));
        Assert.All(runs, run => Assert.Contains(run.Traces, line => line.Contains("not credited (DataImport)", StringComparison.Ordinal)));
    }

    [Fact]
    public void ApplicationUserWithoutImportMarker_IsNotCountedForAnyone()
    {
        using var org = new CaptureOrganization();
        var executive = org.CreateUser("Eve Executive");
        var connector = org.CreateUser("ERP connector", adjust: user => user[SystemUser.ApplicationId] = Guid.NewGuid());
        var task = org.ServiceFor(connector).Create(new Entity(Activity.Task) { ["subject"] = "Synced", [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, executive) });

        DirectPluginRun.Create<RecordActivitySignalOnCreate>(org, Activity.Task, task, connector, applicationId: Guid.NewGuid());
        org.RefreshDays(executive, connector);

        Assert.Empty(org.Rows(ActivitySignal.EntityName));
        Assert.Empty(org.ActivityDaysOf(executive));
    }

    [Fact]
    public void CompletingATask_CountsLoggedAndCompletedSeparately()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var task = org.ServiceFor(rep).Create(new Entity(Activity.Task) { ["subject"] = "Send proposal" });
        DirectPluginRun.Create<RecordActivitySignalOnCreate>(org, Activity.Task, task, rep);
        var before = DirectPluginRun.PreImageFor<RecordActivitySignalOnStateChange>(org, Activity.Task, task);
        var completion = new Entity(Activity.Task, task) { [RecordColumns.StateCode] = new OptionSetValue(Activity.StateCompleted), [RecordColumns.StatusCode] = new OptionSetValue(5) };
        org.Clock.Advance(TimeSpan.FromHours(2));
        org.ServiceFor(rep).Update(completion);

        DirectPluginRun.Update<RecordActivitySignalOnStateChange>(org, completion, before, rep);
        org.RefreshDays(rep);

        var day = Assert.Single(org.ActivityDaysOf(rep));
        Assert.Equal((1, 1, 2), (day.GetAttributeValue<int>(ActivityDay.TaskCount), day.GetAttributeValue<int>(ActivityDay.CompletedCount), day.GetAttributeValue<int>(ActivityDay.TotalCount)));
    }

    [Fact]
    public void WinningAnOpportunity_CountsOneWinWhenBothTheWinAndTheStateStepRun()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var deal = org.ServiceFor(rep).Create(new Entity(Opportunity.EntityName) { ["name"] = "Fleet renewal" });
        var before = DirectPluginRun.PreImageFor<RecordActivitySignalOnStateChange>(org, Opportunity.EntityName, deal);
        var won = new Entity(Opportunity.EntityName, deal) { [RecordColumns.StateCode] = new OptionSetValue(Opportunity.StateWon), [RecordColumns.StatusCode] = new OptionSetValue(3) };
        org.ServiceFor(rep).Update(won);

        DirectPluginRun.Win<RecordOpportunityWinOnWin>(org, deal, rep);
        DirectPluginRun.Update<RecordActivitySignalOnStateChange>(org, won, before, rep);
        org.RefreshDays(rep);

        Assert.Equal(1, Assert.Single(org.ActivityDaysOf(rep)).GetAttributeValue<int>(ActivityDay.OpportunityWonCount));
    }

    [Fact]
    public void OpportunityWorkedSeveralTimesInADay_CountsOnceForThatPerson()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var deal = org.ServiceFor(rep).Create(new Entity(Opportunity.EntityName) { ["name"] = "Fleet renewal" });
        foreach (var value in new[] { 1000m, 2000m, 3000m })
        {
            var change = new Entity(Opportunity.EntityName, deal) { ["estimatedvalue"] = new Money(value) };
            org.Clock.Advance(TimeSpan.FromMinutes(30));
            org.ServiceFor(rep).Update(change);
            DirectPluginRun.Update<RecordOpportunityWorkOnUpdate>(org, change, null, rep);
        }

        org.RefreshDays(rep);

        Assert.Equal(1, Assert.Single(org.ActivityDaysOf(rep)).GetAttributeValue<int>(ActivityDay.OpportunityWorkedCount));
    }

    [Fact]
    public void CapturingOneActivity_CostsOneRequest()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var call = org.ServiceFor(rep).Create(new Entity(Activity.PhoneCall) { ["subject"] = "Follow-up" });
        var counter = new CountingOrganizationService(org.SystemService);
        org.WrapPluginServices = _ => counter;

        DirectPluginRun.Create<RecordActivitySignalOnCreate>(org, Activity.PhoneCall, call, rep);

        Assert.Equal(1, counter.Requests);
    }

    [Fact]
    public void WinMessageWithoutOpportunityClose_FailsWithAMessageThatSaysWhy()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");

        var error = Assert.Throws<InvalidPluginExecutionException>(() => DirectPluginRun.CustomApi<RecordOpportunityWinOnWin>(org, PluginMessages.Win, rep, new System.Collections.Generic.Dictionary<string, object>()));

        Assert.Contains("carried no OpportunityClose", error.Message, StringComparison.Ordinal);
    }
}
