using System.Collections.Concurrent;
using System.Collections.Generic;
using AdoptionPlugins.Tooling.Deployment;

namespace AdoptionPlugins.Tooling.Tests.Deployment.Support;

/// <summary>Keeps every progress line a run reports.</summary>
public sealed class RecordingReporter : IDeploymentReporter
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void StepStarting(int number, int count, string title) => _lines.Enqueue($"[{number}/{count}] {title}");

    public void Progress(string message) => _lines.Enqueue(message);

    public void StepFinished(int number, string title, StepResult result) => _lines.Enqueue($"{result.Status}: {result.Summary}");
}
