namespace AdoptionPlugins.Simulation.Running;

/// <summary>A profile's tier and state as the evaluation wrote them (choice values, DESIGN-capture).</summary>
public sealed record ProfileStanding(int Tier, int State);
