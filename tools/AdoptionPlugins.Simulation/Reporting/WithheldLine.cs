namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>Messages the policy held back for one reason, and how many.</summary>
public sealed record WithheldLine(string Kind, string Reason, int Messages);
