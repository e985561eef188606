using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>The latest plugin executions' traces, in completion order, for tests to read; safe for concurrent writers.</summary>
/// <remarks>It keeps at most <see cref="Capacity"/> traces, dropping the oldest, so a long simulation does not hold every trace.</remarks>
public sealed class PluginTraceLog
{
    private readonly ConcurrentQueue<PluginTrace> _traces = new();
    private int _count;

    public PluginTraceLog(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public IReadOnlyList<PluginTrace> All => [.. _traces];

    /// <summary>The traces of executions of <typeparamref name="TPlugin"/>.</summary>
    public IReadOnlyList<PluginTrace> Of<TPlugin>() => [.. _traces.Where(t => t.PluginType == typeof(TPlugin).FullName)];

    internal void Add(PluginTrace trace)
    {
        if (Capacity == 0)
        {
            return;
        }

        _traces.Enqueue(trace);
        if (Interlocked.Increment(ref _count) > Capacity && _traces.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
