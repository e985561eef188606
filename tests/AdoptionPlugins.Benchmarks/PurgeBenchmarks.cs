using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Testing;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Benchmarks;

/// <summary>
/// The retention purge at the end of the daily run (issue 7): 90 days of activity days for every user, cut down to a retention
/// of 30 days through the purge phases page after page, with the flow's page size. Prints the requests, the pages, the rows
/// deleted and the longest page in emulated platform time at 20 ms per request (target: well under 60 s). One run: the purge
/// deletes what it measures. Seeding 900,000 rows takes minutes and a few GB; run it alone: <c>--filter *Purge*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class PurgeBenchmarks : IDisposable
{
    private const int PageSize = 250;
    private const int HistoryDays = 90;
    private static readonly TimeSpan RequestTime = TimeSpan.FromMilliseconds(20);
    private static readonly DateTime Today = new(2026, 6, 1, 5, 0, 0, DateTimeKind.Utc);

    private EmulatedOrganization _org = null!;

    [Params(1_000, 10_000)]
    public int Users { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _org = new EmulatedOrganization(new EmulatedOrganizationOptions { Catalog = MetadataCatalog.CreateFromSolution(RepositoryFolders.InRepository("solution")), StartTime = Today });
        var service = _org.SystemService;
        service.Create(new Entity(AdoptionSetting.EntityName) { [AdoptionSetting.Name] = SettingNames.LookbackDays, [AdoptionSetting.Value] = "28" });
        service.Create(new Entity(AdoptionSetting.EntityName) { [AdoptionSetting.Name] = SettingNames.RetentionDays, [AdoptionSetting.Value] = "30" });
        for (var index = 0; index < Users; index++)
        {
            var user = new EntityReference(SystemUser.EntityName, service.Create(new Entity(SystemUser.EntityName)
            {
                ["lastname"] = $"Person {index:00000}",
                ["domainname"] = $"person{index}@contoso.test",
                ["businessunitid"] = new EntityReference("businessunit", _org.RootBusinessUnitId),
            }));
            for (var day = Today.Date.AddDays(-HistoryDays); day < Today.Date; day = day.AddDays(1))
            {
                service.Create(new Entity(ActivityDay.EntityName) { [ActivityDay.Name] = "Person", [ActivityDay.UserId] = user, [ActivityDay.Day] = day, [ActivityDay.TotalCount] = 1 });
            }
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _org.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "Purge 90 days down to 30, all pages")]
    public int Purge()
    {
        var request = new EvaluationRequest(PageSize);
        var pages = new List<(int Requests, int Purged)>();
        string? cursor = new EvaluationCursor(request.Fingerprint, Today.Date, EvaluationPhase.PurgeSignals, null, 0).ToString();
        while (cursor is not null)
        {
            var counter = new RequestCounter(_org.SystemService);
            var result = new AdoptionEvaluator(counter, new SilentTracing()).RunPage(request, EvaluationCursor.Parse(cursor, request, Today.Date), Today);
            pages.Add((counter.Requests, result.Purged));
            cursor = result.NextCursor;
        }

        var longest = pages.Max(page => page.Requests);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Purge of {Users:N0} users x {HistoryDays} days down to 30: {pages.Sum(page => page.Purged):N0} rows deleted, {pages.Sum(page => page.Requests):N0} requests in {pages.Count:N0} pages; longest page {longest:N0} requests = {longest * RequestTime.TotalSeconds:F1} s emulated at 20 ms per request; {Remaining():N0} activity days left"));
        return pages.Count;
    }

    private int Remaining() =>
        QueryPaging.All(_org.SystemService, new QueryExpression(ActivityDay.EntityName) { ColumnSet = new ColumnSet(false), Orders = { new OrderExpression(ActivityDay.PrimaryId, OrderType.Ascending) } }).Count();

    private sealed class SilentTracing : ITracingService
    {
        public void Trace(string format, params object[] args)
        {
        }
    }
}
