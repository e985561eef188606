using System;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>One tier's standing after one day's evaluation, for the adoption-over-time chart.</summary>
public sealed record TierDay(DateTime Date, string Tier, StateCounts States);
