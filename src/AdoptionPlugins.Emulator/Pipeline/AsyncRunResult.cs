using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>The system jobs one call to the async service ran, in the order they were taken from the queue.</summary>
public sealed record AsyncRunResult(IReadOnlyList<AsyncJobOutcome> Jobs)
{
    public int Succeeded => Jobs.Count(j => j.Status == AsyncJobStatus.Succeeded);

    public int Failed => Jobs.Count(j => j.Status == AsyncJobStatus.Failed);

    public int Retried => Jobs.Count(j => j.Status == AsyncJobStatus.WaitingForRetry);
}
