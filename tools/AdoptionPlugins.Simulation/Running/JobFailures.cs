using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Pipeline;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>The system jobs that failed while the simulation ran, kept so the report says so instead of hiding it.</summary>
public sealed class JobFailures
{
    private const int Kept = 5;

    private readonly List<string> _examples = [];

    public int Count { get; private set; }

    public int JobsRun { get; private set; }

    /// <summary>The first few failures: which step, on which row, and the message.</summary>
    public IReadOnlyList<string> Examples => _examples;

    public void Add(AsyncRunResult result)
    {
        JobsRun += result.Jobs.Count;
        foreach (var job in result.Jobs.Where(job => job.Status == AsyncJobStatus.Failed))
        {
            Count++;
            if (_examples.Count < Kept)
            {
                _examples.Add($"{job.StepName} on {job.PrimaryEntityName} {job.PrimaryEntityId}: {job.Message}");
            }
        }
    }
}
