using System.Collections.Generic;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>One line of a line chart: its name, colour and a value (0 to 100, or none) per point on the x axis.</summary>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<double?> Values);
