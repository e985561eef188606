using System;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>An executive at the end of the simulation: where they stand, since when, why in the evaluation's words, and when first flagged.</summary>
public sealed record ExecutiveLine(string Name, string Title, string Story, string State, DateTime? StateSince, string Reason, DateTime? FirstFlagged)
{
    public bool WasFlagged => FirstFlagged is not null;
}
