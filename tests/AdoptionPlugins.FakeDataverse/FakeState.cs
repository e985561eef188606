using System;
using System.Collections.Generic;

namespace AdoptionPlugins.FakeDataverse;

/// <summary>The fake environment's rows, kept in plain dictionaries (the emulator's store would need metadata for seven system tables).</summary>
public sealed class FakeState
{
    public object Gate { get; } = new();

    public Dictionary<string, FakeSolution> Solutions { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, FakeVariable> Variables { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, FakeConnectionReference> ConnectionReferences { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<Guid, FakeComponent> Flows { get; } = [];

    public Dictionary<Guid, FakeComponent> PluginSteps { get; } = [];

    /// <summary>Per table logical name: key logical name and how many more looks it stays InProgress (-1 never, -2 failed).</summary>
    public Dictionary<string, Dictionary<string, int>> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<Guid, FakeJob> Jobs { get; } = [];

    /// <summary>Rows per entity set name of the solution's tables.</summary>
    public Dictionary<string, List<Guid>> Rows { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The saved rows of the adoption settings table, by setting name.</summary>
    public Dictionary<string, FakeSetting> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every custom API call, in arrival order.</summary>
    public List<FakeActionCall> ActionCalls { get; } = [];

    /// <summary>Per custom API, how many 429 answers its throttled page has given so far.</summary>
    public Dictionary<string, int> ActionRefusals { get; } = new(StringComparer.Ordinal);
}
