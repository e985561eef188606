using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>Every plugin execution's trace, in completion order, for tests to read; safe for concurrent writers.</summary>
public sealed class PluginTraceLog
{
    private readonly ConcurrentQueue<PluginTrace> _traces = new();

    public IReadOnlyList<PluginTrace> All => [.. _traces];

    /// <summary>The traces of executions of <typeparamref name="TPlugin"/>.</summary>
    public IReadOnlyList<PluginTrace> Of<TPlugin>() => [.. _traces.Where(t => t.PluginType == typeof(TPlugin).FullName)];

    internal void Add(PluginTrace trace) => _traces.Enqueue(trace);
}
