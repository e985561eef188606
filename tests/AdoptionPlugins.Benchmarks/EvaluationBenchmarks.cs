using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Testing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Benchmarks;

/// <summary>
/// What the daily evaluation costs for an organization of 1,000, 10,000 or 100,000 people with 90 days of history (about 60 % of
/// working days active; 1 % executives, 10 % managers): requests per user, total requests, pages, the longest page in
/// emulated platform time at 20 ms per request (target: under 60 s) and CPU per user. Setup prints the figures of the first
/// run, which writes every profile, and of an ordinary day after it; those printed figures are the result, so the benchmark
/// times the ordinary day once more and no more.
/// One size at a time: <c>ADOPTION_BENCHMARK_PEOPLE=10000</c> (the emulator scans where SQL would use an index, so 100,000
/// takes long and several GB).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class EvaluationBenchmarks
{
    private const int PageSize = 250;
    private static readonly TimeSpan RequestTime = TimeSpan.FromMilliseconds(20);
    private static readonly DateTime FirstDay = new(2026, 4, 6, 5, 0, 0, DateTimeKind.Utc);

    private EmulatedOrganization _org = null!;
    private DateTime _ordinaryDay;

    [ParamsSource(nameof(Sizes))]
    public int People { get; set; }

    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("ADOPTION_BENCHMARK_PEOPLE") is { Length: > 0 } chosen
            ? chosen.Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture))
            : [1_000, 10_000, 100_000];

    [GlobalSetup]
    public void Setup()
    {
        _org = Build(People);
        Report("first run", Run(FirstDay));
        _ordinaryDay = FirstDay.AddDays(1);
        Report("ordinary day", Run(_ordinaryDay));
    }

    [GlobalCleanup]
    public void Cleanup() => _org.Dispose();

    [Benchmark(Description = "Daily evaluation, all pages")]
    public int OrdinaryDay() => Run(_ordinaryDay).Count;

    private List<PageFigures> Run(DateTime nowUtc)
    {
        var request = new EvaluationRequest(PageSize);
        var figures = new List<PageFigures>();
        string? cursor = null;
        do
        {
            var parsed = EvaluationCursor.Parse(cursor, request, nowUtc.Date);
            var counter = new RequestCounter(_org.SystemService);
            var cpu = Stopwatch.StartNew();
            var result = new AdoptionEvaluator(counter, new SilentTracing()).RunPage(request, parsed, nowUtc);
            figures.Add(new PageFigures(parsed.Phase, result.Evaluated, counter.Reads, counter.Writes, cpu.Elapsed));
            cursor = result.NextCursor;
        }
        while (cursor is not null);

        return figures;
    }

    private void Report(string day, List<PageFigures> pages)
    {
        var evaluated = pages.Sum(page => page.Evaluated);
        var reads = pages.Sum(page => page.Reads);
        var writes = pages.Sum(page => page.Writes);
        var longest = pages.OrderByDescending(page => page.Reads + page.Writes).First();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {People:N0} people, {day}: {pages.Count} pages ({string.Join(", ", pages.GroupBy(page => page.Phase).Select(group => $"{group.Count()} {group.Key}"))}), {reads + writes:N0} requests ({reads:N0} reads, {writes:N0} writes)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"//   per evaluated user: {(double)(reads + writes) / evaluated:F3} requests, {(double)reads / evaluated:F3} reads, {(double)writes / evaluated:F3} writes; CPU {pages.Sum(page => page.Cpu.TotalMilliseconds) * 1000 / evaluated:F0} µs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"//   longest page: {longest.Phase}, {longest.Reads + longest.Writes:N0} requests = {(longest.Reads + longest.Writes) * RequestTime.TotalSeconds:F1} s emulated at 20 ms per request (+ {longest.Cpu.TotalSeconds:F1} s CPU)"));
    }

    // People are created weeks before the first run; signals of the last two days are kept so the run's roll-up has its real work.
    private static EmulatedOrganization Build(int people)
    {
        var solution = RepositoryFolders.InRepository("solution");
        var org = new EmulatedOrganization(new EmulatedOrganizationOptions { Catalog = MetadataCatalog.CreateFromSolution(solution), StartTime = FirstDay.AddDays(-120) });
        var service = org.SystemService;
        var executives = Math.Max(1, people / 100);
        var managers = Math.Max(1, people / 10);
        var ids = new List<Guid>();
        for (var index = 0; index < people; index++)
        {
            var (title, manager) = index < executives ? ("VP Sales", (Guid?)null)
                : index < executives + managers ? ("Sales Manager", ids[index % executives])
                : ("Account Executive", ids[executives + (index % managers)]);
            var user = new Entity(SystemUser.EntityName)
            {
                ["lastname"] = $"Person {index:00000}",
                ["domainname"] = $"person{index}@contoso.test",
                ["businessunitid"] = new EntityReference("businessunit", org.RootBusinessUnitId),
                [SystemUser.IsLicensed] = true,
                [SystemUser.JobTitle] = title,
            };
            if (manager is { } managerId)
            {
                user[SystemUser.ManagerId] = new EntityReference(SystemUser.EntityName, managerId);
            }

            ids.Add(service.Create(user));
        }

        History(org, ids);
        var queue = service.Create(new Entity(Queues.EntityName) { [Queues.Name] = "CRM Adoption" });
        Variable(service, EnvironmentVariables.SendingEnabled, "yes");
        Variable(service, EnvironmentVariables.SenderQueue, queue.ToString());
        return org;
    }

    private static void History(EmulatedOrganization org, List<Guid> ids)
    {
        var random = new Random(7);
        var days = new ActivityDayGateway(org.SystemService);
        var signals = new SignalGateway(org.SystemService);
        for (var day = FirstDay.Date.AddDays(-90); day < FirstDay.Date; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            foreach (var user in ids.Where(_ => random.Next(100) < 60))
            {
                var at = day.AddHours(12);
                var source = Guid.NewGuid();
                var signal = new Signal(user, SignalKind.PhoneCall, SignalEvent.Logged, CreditReason.InitiatingUser, at, SourceTable.PhoneCall, source, $"phonecall:{source:D}:logged");
                if (day >= FirstDay.Date.AddDays(-UserEvaluationPage.RefreshDays))
                {
                    signals.Upsert(signal);
                }

                days.Upsert(ActivityRollUp.RollUp(new UserFacts(user, "Person"), UtcTimeZone.Instance, [signal], new LoadedUserDirectory(), new LocalDayRange(day, day), null).Single());
            }
        }
    }

    private static void Variable(IOrganizationService service, string name, string value)
    {
        var definition = service.Create(new Entity(EnvironmentVariables.DefinitionEntityName) { [EnvironmentVariables.SchemaName] = name });
        service.Create(new Entity(EnvironmentVariables.ValueEntityName)
        {
            [EnvironmentVariables.Value] = value,
            [EnvironmentVariables.DefinitionId] = new EntityReference(EnvironmentVariables.DefinitionEntityName, definition),
        });
    }

    private sealed record PageFigures(EvaluationPhase Phase, int Evaluated, int Reads, int Writes, TimeSpan Cpu);

    private sealed class SilentTracing : ITracingService
    {
        public void Trace(string format, params object[] args)
        {
        }
    }
}
