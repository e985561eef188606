using System;

namespace AdoptionPlugins.Emulator.Pipeline;

// How a pipeline is set up: the registrations it fires, the operation time limit, and the emulated time each request costs.
internal sealed record PipelineSettings
{
    public PluginRegistry? Registry { get; init; }

    // A synchronous operation, a custom API main operation and an async execution each get 2 minutes (dataverse-facts 1.2).
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan RequestDuration { get; init; }

    public int TraceCapacity { get; init; } = 10_000;
}
