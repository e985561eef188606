using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Emulator.Pipeline;

// The enabled steps on one message and table in execution order: stage, then rank, then registration order (dataverse-facts 1.6).
internal sealed class StepSet
{
    public static readonly StepSet Empty = new([]);

    public StepSet(IEnumerable<RegisteredStep> steps)
    {
        All = [.. steps.OrderBy(s => s.Stage).ThenBy(s => s.Registration.Rank).ThenBy(s => s.Order)];
    }

    public RegisteredStep[] All { get; }

    public bool IsEmpty => All.Length == 0;
}
