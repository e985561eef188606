using System;

namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>What one plugin execution wrote to its ITracingService, with where it ran and how it ended (dataverse-facts 1.3).</summary>
public sealed record PluginTrace
{
    /// <summary>The plug-in type's full name.</summary>
    public required string PluginType { get; init; }

    /// <summary>The step that ran it; null for a custom API's main operation.</summary>
    public Guid? StepId { get; init; }

    public required string MessageName { get; init; }

    public required string PrimaryEntityName { get; init; }

    public Guid PrimaryEntityId { get; init; }

    public int Stage { get; init; }

    public int Mode { get; init; }

    public int Depth { get; init; }

    public Guid CorrelationId { get; init; }

    /// <summary>Every traced line, one per Trace call.</summary>
    public required string Text { get; init; }

    /// <summary>The exception the plugin ended with, as type and message; null when it returned normally.</summary>
    public string? Error { get; init; }
}
