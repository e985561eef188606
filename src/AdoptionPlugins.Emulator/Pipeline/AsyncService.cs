using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>The emulated async service, which runs the system jobs of committed operations only when a test or simulation says so.</summary>
/// <remarks>
/// Jobs run in the order the caller chooses, optionally on several threads at once (dataverse-facts 1.7). Jobs that the jobs' own
/// writes queue join the queue too; <see cref="RunUntilIdle"/> runs until none is left.
/// </remarks>
public sealed class AsyncService
{
    private readonly object _gate = new();
    private readonly List<AsyncJob> _pending = [];
    private readonly Func<AsyncJob, AsyncJobOutcome> _run;

    internal AsyncService(Func<AsyncJob, AsyncJobOutcome> run)
    {
        _run = run;
    }

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>The asyncoperation ids waiting to run, in queue order.</summary>
    public IReadOnlyList<Guid> PendingJobIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _pending.Select(j => j.Id)];
            }
        }
    }

    /// <summary>Runs the jobs pending now (not the ones they queue).</summary>
    public AsyncRunResult RunAll(AsyncRunOptions? options = null) => RunNext(int.MaxValue, options);

    /// <summary>Runs at most <paramref name="count"/> of the jobs pending now, taken in <see cref="AsyncRunOptions.Order"/>.</summary>
    public AsyncRunResult RunNext(int count, AsyncRunOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        options ??= AsyncRunOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        List<AsyncJob> taken;
        lock (_gate)
        {
            taken = [.. Ordered(_pending, options).Take(count)];
            _pending.RemoveAll(taken.Contains);
        }

        return Execute(taken, options.Threads);
    }

    /// <summary>Runs the given pending jobs one after another in exactly this order.</summary>
    public AsyncRunResult Run(params Guid[] jobIds)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        List<AsyncJob> taken;
        lock (_gate)
        {
            taken = [.. jobIds.Select(id => _pending.Find(j => j.Id == id)
                ?? throw new ArgumentException($"System job {id} is not waiting to run; pending: {string.Join(", ", _pending.Select(j => j.Id))}.", nameof(jobIds)))];
            _pending.RemoveAll(taken.Contains);
        }

        return Execute(taken, threads: 1);
    }

    /// <summary>Runs jobs, and the jobs they queue, until the queue is empty; stops with an error past <paramref name="maxJobs"/> runs.</summary>
    public AsyncRunResult RunUntilIdle(AsyncRunOptions? options = null, int maxJobs = 100_000)
    {
        var outcomes = new List<AsyncJobOutcome>();
        while (PendingCount > 0)
        {
            outcomes.AddRange(RunAll(options).Jobs);
            if (outcomes.Count > maxJobs)
            {
                throw new InvalidOperationException(
                    $"The async queue still had {PendingCount} jobs after {outcomes.Count} runs; asynchronous steps are probably triggering each other in a loop.");
            }
        }

        return new AsyncRunResult(outcomes);
    }

    internal void Release(IEnumerable<AsyncJob> jobs)
    {
        lock (_gate)
        {
            _pending.AddRange(jobs);
        }
    }

    private static IEnumerable<AsyncJob> Ordered(List<AsyncJob> pending, AsyncRunOptions options) => options.Order switch
    {
        AsyncJobOrder.Queue => pending,
        AsyncJobOrder.Reverse => Enumerable.Reverse(pending),
        AsyncJobOrder.Shuffled => Shuffle(pending, new Random(options.Seed)),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Order, "Not a job order."),
    };

    private static AsyncJob[] Shuffle(List<AsyncJob> pending, Random random)
    {
        var jobs = pending.ToArray();
        random.Shuffle(jobs);
        return jobs;
    }

    private AsyncRunResult Execute(List<AsyncJob> jobs, int threads)
    {
        if (threads == 1 || jobs.Count <= 1)
        {
            return new AsyncRunResult([.. jobs.Select(_run)]);
        }

        var outcomes = new AsyncJobOutcome[jobs.Count];
        var errors = new ConcurrentQueue<Exception>();
        var next = -1;
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = Interlocked.Increment(ref next); i < jobs.Count; i = Interlocked.Increment(ref next))
            {
                try
                {
                    outcomes[i] = _run(jobs[i]);
                }
                catch (Exception exception)
                {
                    errors.Enqueue(exception);
                }
            }
        })).ToArray();
        Array.ForEach(workers, w => w.Start());
        Array.ForEach(workers, w => w.Join());
        return errors.IsEmpty ? new AsyncRunResult(outcomes) : throw new AggregateException("The emulator failed while running system jobs.", errors);
    }
}
