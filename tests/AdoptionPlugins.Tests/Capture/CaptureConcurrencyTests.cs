using System;
using System.Linq;
using AdoptionPlugins.Emulator.Pipeline;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

/// <summary>
/// The proof, in the emulator's concurrent async mode: 2, 8 or 50 activities of one user-day, plus as many saves of one
/// deal (whose jobs all write the same "worked" signal), run as system jobs shuffled by a seed on 8 threads against the shared
/// plugin instances, while the database fails writes at random and the jobs ask for retries. Every activity counts exactly once.
/// </summary>
public class CaptureConcurrencyTests
{
    private const int Trials = 10;

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(50)]
    public void JobsForOneUserDayShuffledOnEightThreadsWithRetries_CountEveryActivityOnce(int activities)
    {
        var trials = Enumerable.Range(0, Trials).Select(seed => Trial(activities, seed)).ToList();

        Assert.All(trials, trial => Assert.Equal(Expected(activities), trial.Counts));
        Assert.All(trials, trial => Assert.Equal(0, trial.Failed));
        Assert.True(trials.Sum(trial => trial.Retried) > 0, "No job was retried: the injected failures did not reach the capture jobs.");
    }

    private static string Expected(int activities) =>
        $"tasks {activities - (activities / 2)}, calls {activities / 2}, completed {(activities + 1) / 2}, deals 1, worked 1, total {activities + ((activities + 1) / 2) + 2}";

    private static (string Counts, int Failed, int Retried) Trial(int activities, int seed)
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        // At most 2 injected failures per row, so no job can use up its 4 attempts even if it also loses a create race once.
        FlakySignalWrites.RegisterOn(org, seed, failureRate: 0.3, maxFailuresPerRow: 2);
        QueueOneDayOfWork(org, rep, activities);

        var run = org.RunCaptureJobs(new AsyncRunOptions { Order = AsyncJobOrder.Shuffled, Seed = seed, Threads = 8 });
        org.RefreshDays(rep);

        var day = Assert.Single(org.ActivityDaysOf(rep));
        var counts = $"tasks {Count(day, ActivityDay.TaskCount)}, calls {Count(day, ActivityDay.PhoneCallCount)}, completed {Count(day, ActivityDay.CompletedCount)}, "
            + $"deals {Count(day, ActivityDay.OpportunityCreatedCount)}, worked {Count(day, ActivityDay.OpportunityWorkedCount)}, total {Count(day, ActivityDay.TotalCount)}";
        return (counts, run.Failed, run.Retried);
    }

    private static void QueueOneDayOfWork(CaptureOrganization org, Guid rep, int activities)
    {
        var service = org.ServiceFor(rep);
        var deal = service.Create(new Entity(Opportunity.EntityName) { ["name"] = "Fleet renewal" });
        for (var i = 0; i < activities; i++)
        {
            org.Clock.Advance(TimeSpan.FromMinutes(5));
            var table = i % 2 == 0 ? Activity.Task : Activity.PhoneCall;
            var id = service.Create(new Entity(table) { ["subject"] = $"Work item {i}" });
            service.Update(new Entity(Opportunity.EntityName, deal) { ["estimatedvalue"] = new Money(1000m * (i + 1)) });
            if (i % 2 == 0)
            {
                service.Update(new Entity(table, id) { [RecordColumns.StateCode] = new OptionSetValue(Activity.StateCompleted), [RecordColumns.StatusCode] = new OptionSetValue(5) });
            }
        }
    }

    private static int Count(Entity day, string column) => day.GetAttributeValue<int>(column);
}
