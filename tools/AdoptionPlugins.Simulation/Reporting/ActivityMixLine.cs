namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>One kind of activity: how often the simulation did it and how often the capture counted it.</summary>
public sealed record ActivityMixLine(string Kind, int Done, int Counted);
