namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>How the async service runs the jobs it takes: in which order, and on how many threads at once.</summary>
public sealed record AsyncRunOptions
{
    public static AsyncRunOptions Default { get; } = new();

    public AsyncJobOrder Order { get; init; } = AsyncJobOrder.Queue;

    /// <summary>The seed of <see cref="AsyncJobOrder.Shuffled"/>.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Threads running jobs at the same time against the same plugin instances, as the platform shares them, to expose mutable
    /// state and races between executions for the same row (dataverse-facts 1.3, 1.7). They start together.
    /// </summary>
    public int Threads { get; init; } = 1;
}
