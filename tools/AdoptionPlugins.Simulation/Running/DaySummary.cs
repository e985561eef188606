using System;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>One simulated day as the progress display shows it.</summary>
public sealed record DaySummary(int Day, DateTime Date, int WorkItems, int JobsRun, EvaluationTotals Evaluation);
