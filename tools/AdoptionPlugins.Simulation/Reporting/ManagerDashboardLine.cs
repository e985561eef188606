namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>One person as their manager's dashboard shows them: state, and days with logged work in the last week.</summary>
public sealed record ManagerDashboardLine(string Name, string State, int DaysWithWork, int Activities);
