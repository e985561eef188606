namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>Who someone in the simulated organization is and where they stand at the end.</summary>
public sealed record PersonLine(string Name, string Title, string Story, string Team, string City, string Tier, string State);
