using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AdoptionPlugins.Benchmarks;

/// <summary>
/// Backfill after install (issue 5, "Performance"): 1M activities of 10k people over the 30 days before the product existed,
/// rebuilt through <c>adopt_ReconcileActivity</c> page after page. Prints the requests, the pages and the longest page in emulated
/// platform time at 20 ms per request (each page under 60 s). One run: the figures are counts, the wall time is only the emulator's,
/// which scans and sorts a table for every page where SQL would use an index: most of an hour and about 4 GB on two cores, so run it
/// alone: <c>--filter *Backfill*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class BackfillBenchmarks : IDisposable
{
    private BackfillHistory _history = null!;

    [Params(1_000_000)]
    public int Activities { get; set; }

    [Params(10_000)]
    public int Users { get; set; }

    [GlobalSetup]
    public void Setup() => _history = BackfillHistory.Seed(Activities, Users);

    [GlobalCleanup]
    public void Dispose()
    {
        _history.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public BackfillFigures Backfill()
    {
        var figures = _history.Backfill();
        Console.WriteLine(figures);
        return figures;
    }
}
