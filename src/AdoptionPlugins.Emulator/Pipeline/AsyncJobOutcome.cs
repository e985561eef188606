using System;

namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>What one run of one system job did.</summary>
public sealed record AsyncJobOutcome
{
    /// <summary>The asyncoperation row's id, also the plugin context's OperationId.</summary>
    public required Guid JobId { get; init; }

    public required string StepName { get; init; }

    public required string MessageName { get; init; }

    public required string PrimaryEntityName { get; init; }

    public Guid PrimaryEntityId { get; init; }

    /// <summary>1 for the first run, up to 4.</summary>
    public int Attempt { get; init; }

    public AsyncJobStatus Status { get; init; }

    /// <summary>The error message of a failed or retried run; null otherwise.</summary>
    public string? Message { get; init; }
}
