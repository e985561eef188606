using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Capture;

/// <summary>
/// The proof: 2, 8 or 50 async executions for one user-day, run in shuffled orders on several threads against shared
/// plugin instances, repeated by retries and failing at random before or after their write, count every activity exactly once.
/// </summary>
public class CaptureConcurrencyTests
{
    private const int Trials = 10;

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(50)]
    public void ExecutionsForOneUserDayInAnyOrderWithRetries_CountEveryActivityOnce(int activities)
    {
        var outcomes = Enumerable.Range(0, Trials).Select(seed => Trial(activities, seed)).ToList();

        Assert.All(outcomes, outcome => Assert.Equal(Expected(activities), outcome));
    }

    private static string Expected(int activities)
    {
        var completed = (activities + 1) / 2;
        return $"tasks {activities - (activities / 2)}, calls {activities / 2}, completed {completed}, total {activities + completed}";
    }

    private static string Trial(int activities, int seed)
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var jobs = QueueOneDayOfWork(org, rep, activities);
        var random = new Random(seed);
        var queue = jobs.SelectMany(job => Enumerable.Repeat(job, 1 + random.Next(3))).OrderBy(_ => random.Next()).ToList();
        var plugins = new ConcurrentDictionary<Type, IPlugin>();
        var services = seed * 100_000;
        org.WrapPluginServices = service => new FlakyOrganizationService(service, Interlocked.Increment(ref services), failureRate: 0.3);

        Parallel.ForEach(queue, new ParallelOptions { MaxDegreeOfParallelism = 8 }, job => RunWithRetries(job, plugins.GetOrAdd(job.PluginType, type => (IPlugin)Activator.CreateInstance(type)!)));
        org.RefreshDays(rep);

        var day = Assert.Single(org.ActivityDaysOf(rep));
        return $"tasks {Count(day, ActivityDay.TaskCount)}, calls {Count(day, ActivityDay.PhoneCallCount)}, completed {Count(day, ActivityDay.CompletedCount)}, total {Count(day, ActivityDay.TotalCount)}";
    }

    // The async service retries a failed job; a job that keeps failing would be retried by the platform up to 4 times, here until it succeeds.
    private static void RunWithRetries(CaptureJob job, IPlugin plugin)
    {
        while (true)
        {
            try
            {
                job.RunOn(plugin);
                return;
            }
            catch (InvalidPluginExecutionException)
            {
            }
        }
    }

    private static List<CaptureJob> QueueOneDayOfWork(CaptureOrganization org, Guid rep, int activities)
    {
        var jobs = new List<CaptureJob>();
        for (var i = 0; i < activities; i++)
        {
            org.Clock.Set(CaptureOrganization.Start.AddMinutes(i * 5));
            var table = i % 2 == 0 ? Activity.Task : Activity.PhoneCall;
            var id = org.ServiceFor(rep).Create(new Entity(table) { ["subject"] = $"Work item {i}" });
            jobs.Add(new CaptureJob($"{table} {i} logged", typeof(RecordActivitySignalOnCreate), DirectPluginRun.PrepareCreate<RecordActivitySignalOnCreate>(org, table, id, rep)));
            if (i % 2 == 0)
            {
                var before = DirectPluginRun.PreImageFor<RecordActivitySignalOnStateChange>(org, table, id);
                var done = new Entity(table, id) { [RecordColumns.StateCode] = new OptionSetValue(Activity.StateCompleted), [RecordColumns.StatusCode] = new OptionSetValue(5) };
                org.ServiceFor(rep).Update(done);
                jobs.Add(new CaptureJob($"{table} {i} completed", typeof(RecordActivitySignalOnStateChange), DirectPluginRun.PrepareUpdate<RecordActivitySignalOnStateChange>(org, done, before, rep)));
            }
        }

        return jobs;
    }

    private static int Count(Entity day, string column) => day.GetAttributeValue<int>(column);
}
