namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>The order queued system jobs are taken in; the platform guarantees none (dataverse-facts 1.7).</summary>
public enum AsyncJobOrder
{
    /// <summary>The order their operations committed.</summary>
    Queue,

    /// <summary>Newest first.</summary>
    Reverse,

    /// <summary>A shuffle that <see cref="AsyncRunOptions.Seed"/> makes repeatable.</summary>
    Shuffled,
}
