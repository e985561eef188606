namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>One part of a stacked bar, or one bar: its name, colour and value.</summary>
public sealed record ChartSegment(string Name, string Colour, int Value);
