using System;
using System.Linq;
using AdoptionPlugins.Emulator.Pipeline;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

/// <summary>People do their work through the emulator's pipeline with the steps from solution/; the async jobs capture it.</summary>
public class CapturePluginTests
{
    [Fact]
    public void RepLogsACall_CountsOnePhoneCallOnTheRepsDay()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        org.ServiceFor(rep).Create(new Entity(Activity.PhoneCall) { ["subject"] = "Discovery call" });

        org.RunCaptureJobs();
        org.RefreshDays(rep);

        var day = Assert.Single(org.ActivityDaysOf(rep));
        Assert.Equal((1, 1, "Riley Rep, 2026-11-25"), (Count(day, ActivityDay.PhoneCallCount), Count(day, ActivityDay.TotalCount), day.GetAttributeValue<string>(ActivityDay.Name)));
    }

    [Fact]
    public void AssistantLogsForExecutive_CountsForTheAssistantAndAsOnBehalfForTheExecutive()
    {
        using var org = new CaptureOrganization();
        var (assistant, executive) = (org.CreateUser("Ari Assistant"), org.CreateUser("Eve Executive"));
        org.ServiceFor(assistant).Create(new Entity(Activity.Task) { ["subject"] = "Prepare board deck", [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, executive) });

        org.RunCaptureJobs();
        org.RefreshDays(assistant, executive);

        var executiveDay = Assert.Single(org.ActivityDaysOf(executive));
        Assert.Equal((0, 1), (Count(executiveDay, ActivityDay.TotalCount), Count(executiveDay, ActivityDay.LoggedOnBehalfCount)));
        Assert.Equal(1, Count(Assert.Single(org.ActivityDaysOf(assistant)), ActivityDay.TaskCount));
    }

    [Theory]
    [InlineData(SyncIdentity.System)]
    [InlineData(SyncIdentity.SssAdminProd)]
    public void EmailTrackedByServerSideSync_CountsAsTrackedForTheMailboxOwner(SyncIdentity identity)
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        new ServerSideSync(org.Organization.Database, org.ServiceFor, identity).TrackIncomingEmail(rep, new Entity(Activity.Email) { ["subject"] = "Re: pricing" });

        org.RunCaptureJobs();
        org.RefreshDays(rep);

        var day = Assert.Single(org.ActivityDaysOf(rep));
        Assert.Equal((1, 0), (Count(day, ActivityDay.EmailTrackedCount), Count(day, ActivityDay.EmailSentCount)));
    }

    [Fact]
    public void IntegrationBulkImport_LeavesTheSleepingExecutiveWithoutActivity()
    {
        using var org = new CaptureOrganization();
        var (executive, connector) = (org.CreateUser("Eve Executive"), org.CreateIntegration("ERP connector"));
        foreach (var number in Enumerable.Range(1, 5))
        {
            org.ServiceFor(connector).Create(new Entity(Activity.Task)
            {
                ["subject"] = $"Imported order {number}", [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, executive), [RecordColumns.ImportSequenceNumber] = 3,
            });
        }

        org.RunCaptureJobs();
        org.RefreshDays(executive, connector);

        Assert.Empty(org.Rows(ActivitySignal.EntityName));
        Assert.Empty(org.ActivityDaysOf(executive));
        Assert.All(org.Organization.Traces.Of<RecordActivitySignalOnCreate>(), trace => Assert.Contains("not credited (DataImport)", trace.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void IntegrationWritingWithoutImportMarker_CountsForNobody()
    {
        using var org = new CaptureOrganization();
        var (executive, connector) = (org.CreateUser("Eve Executive"), org.CreateIntegration("ERP connector"));
        org.ServiceFor(connector).Create(new Entity(Activity.Task) { ["subject"] = "Synced order", [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, executive) });

        org.RunCaptureJobs();
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
        org.Clock.Advance(TimeSpan.FromHours(2));
        org.ServiceFor(rep).Update(new Entity(Activity.Task, task) { [RecordColumns.StateCode] = new OptionSetValue(Activity.StateCompleted), [RecordColumns.StatusCode] = new OptionSetValue(5) });

        org.RunCaptureJobs();
        org.RefreshDays(rep);

        var day = Assert.Single(org.ActivityDaysOf(rep));
        Assert.Equal((1, 1, 2), (Count(day, ActivityDay.TaskCount), Count(day, ActivityDay.CompletedCount), Count(day, ActivityDay.TotalCount)));
    }

    [Fact]
    public void WinningAnOpportunity_CountsOneWinThoughTheWinAndTheStateStepBothRecordIt()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var deal = org.ServiceFor(rep).Create(new Entity(Opportunity.EntityName) { ["name"] = "Fleet renewal" });
        org.ServiceFor(rep).Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference(Opportunity.EntityName, deal) }, Status = new OptionSetValue(3),
        });

        var jobs = org.RunCaptureJobs();
        org.RefreshDays(rep);

        Assert.Equal(["Create", "Update", "Win"], jobs.Jobs.Select(job => job.MessageName).Order());
        Assert.Equal(1, Count(Assert.Single(org.ActivityDaysOf(rep)), ActivityDay.OpportunityWonCount));
    }

    [Fact]
    public void OpportunityWorkedSeveralTimesInADay_CountsOnceForThatPerson()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var deal = org.ServiceFor(rep).Create(new Entity(Opportunity.EntityName) { ["name"] = "Fleet renewal" });
        foreach (var value in new[] { 1000m, 2000m, 3000m })
        {
            org.Clock.Advance(TimeSpan.FromMinutes(30));
            org.ServiceFor(rep).Update(new Entity(Opportunity.EntityName, deal) { ["estimatedvalue"] = new Money(value) });
        }

        org.RunCaptureJobs();
        org.RefreshDays(rep);

        Assert.Equal(1, Count(Assert.Single(org.ActivityDaysOf(rep)), ActivityDay.OpportunityWorkedCount));
    }

    [Fact]
    public void RepsFirstCall_CreatesTheirProfileOnFirstSightWithTheCallAsFirstAndLastActivity()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        org.ServiceFor(rep).Create(new Entity(Activity.PhoneCall) { ["subject"] = "Discovery call" });

        org.RunCaptureJobs();
        org.RefreshDays(rep);

        var profile = org.ProfileOf(rep)!;
        Assert.Equal(("Riley Rep", rep, new DateTime(2026, 11, 25), ProfileChoices.StateNew), (profile.GetAttributeValue<string>(AdoptionProfile.Name), profile.GetAttributeValue<EntityReference>(AdoptionProfile.OwnerId).Id, profile.GetAttributeValue<DateTime>(AdoptionProfile.FirstSeenOn), profile.GetAttributeValue<OptionSetValue>(AdoptionProfile.State).Value));
        Assert.Equal((CaptureOrganization.Start, CaptureOrganization.Start), (profile.GetAttributeValue<DateTime>(AdoptionProfile.FirstActivityOn), profile.GetAttributeValue<DateTime>(AdoptionProfile.LastActivityOn)));
    }

    [Fact]
    public void ExecutiveWhoLogsNothing_StillGetsAProfileWithoutActivity()
    {
        using var org = new CaptureOrganization();
        var executive = org.CreateUser("Eve Executive");

        org.RefreshDays(executive);

        var profile = org.ProfileOf(executive)!;
        Assert.Equal((new DateTime(2026, 11, 25), false), (profile.GetAttributeValue<DateTime>(AdoptionProfile.FirstSeenOn), profile.Contains(AdoptionProfile.FirstActivityOn)));
    }

    [Fact]
    public void SalesTeamsTwoDays_GiveEachPersonAProfileWithTheirOwnFirstAndLastActivity()
    {
        using var org = new CaptureOrganization();
        var scenario = new SalesTeamScenario(org);

        org.RunCaptureJobs();
        org.RefreshDays(scenario.People);

        Assert.Equal(
            [
                "Ari Assistant first seen 2026-11-25, 2026-11-25 08:05:00Z - 2026-11-25 08:05:00Z",
                "Bea Berlin first seen 2026-11-25, 2026-11-25 23:30:00Z - 2026-11-25 23:30:00Z",
                "Eve Executive first seen 2026-11-25, - - -",
                "Morgan Manager first seen 2026-11-25, 2026-11-25 14:40:00Z - 2026-11-25 14:40:00Z",
                "Riley Rep first seen 2026-11-25, 2026-11-25 08:05:00Z - 2026-11-26 10:45:00Z",
            ],
            org.Rows(AdoptionProfile.EntityName).Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void IntegrationAccount_GetsNoProfile()
    {
        using var org = new CaptureOrganization();
        var connector = org.CreateIntegration("ERP connector");

        org.RefreshDays(connector);

        Assert.Null(org.ProfileOf(connector));
    }

    [Fact]
    public void SavingATask_QueuesCaptureAndWritesNothingUntilTheJobRuns()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");

        org.ServiceFor(rep).Create(new Entity(Activity.Task) { ["subject"] = "Send proposal" });

        Assert.Equal(1, org.Organization.AsyncJobs.PendingCount);
        Assert.Empty(org.Rows(ActivitySignal.EntityName));
    }

    [Fact]
    public void CaptureJobThatKeepsFailing_LeavesTheUsersTaskSaved()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        FlakySignalWrites.RegisterOn(org, seed: 1, failureRate: 1, maxFailuresPerRow: int.MaxValue);
        var task = org.ServiceFor(rep).Create(new Entity(Activity.Task) { ["subject"] = "Send proposal" });

        var run = org.RunCaptureJobs();

        Assert.Equal((AsyncJobStatus.Failed, 4), (run.Jobs[^1].Status, run.Jobs[^1].Attempt));
        Assert.Equal(task, Assert.Single(org.Rows(Activity.Task)).Id);
        Assert.Empty(org.Rows(ActivitySignal.EntityName));
    }

    [Fact]
    public void CapturingOneActivity_CostsOneRequest()
    {
        var requestDuration = TimeSpan.FromMilliseconds(20);
        using var org = new CaptureOrganization(requestDuration);
        var rep = org.CreateUser("Riley Rep");
        org.ServiceFor(rep).Create(new Entity(Activity.PhoneCall) { ["subject"] = "Follow-up" });
        var before = org.Clock.UtcNow;

        org.RunCaptureJobs();

        Assert.Equal(1, (org.Clock.UtcNow - before) / requestDuration);
    }

    [Fact]
    public void WinMessageWithoutOpportunityClose_FailsWithAMessageThatSaysWhy()
    {
        var context = new FakePluginExecutionContext { MessageName = PluginMessages.Win, PrimaryEntityName = Opportunity.EntityName };

        var error = Assert.Throws<InvalidPluginExecutionException>(() => new RecordOpportunityWinOnWin().Execute(new FakePluginServices(context, _ => throw new InvalidOperationException("No request expected."))));

        Assert.Contains("carried no OpportunityClose", error.Message, StringComparison.Ordinal);
    }

    private static int Count(Entity day, string column) => day.GetAttributeValue<int>(column);

    private static string Describe(Entity profile) => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        "{0} first seen {1:yyyy-MM-dd}, {2} - {3}",
        profile.GetAttributeValue<string>(AdoptionProfile.Name),
        profile.GetAttributeValue<DateTime>(AdoptionProfile.FirstSeenOn),
        profile.GetAttributeValue<DateTime?>(AdoptionProfile.FirstActivityOn)?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        profile.GetAttributeValue<DateTime?>(AdoptionProfile.LastActivityOn)?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "-");
}
