using System.Collections.Generic;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>
/// What one sales manager's dashboard shows, read as that manager through the security model: whose adoption rows they can read
/// (and whether any lie outside their hierarchy), where those people stand, and the last week's activity.
/// </summary>
public sealed record ManagerDashboard
{
    public required string Manager { get; init; }

    /// <summary>Why nothing could be read, when the manager's roles do not allow it; null when the rows were read.</summary>
    public string? Problem { get; init; }

    public int PeopleVisible { get; init; }

    public int PeopleInHierarchy { get; init; }

    /// <summary>Rows the manager could read about people outside their own hierarchy: must be 0.</summary>
    public int PeopleOutsideHierarchy { get; init; }

    public StateCounts States { get; init; } = StateCounts.Empty;

    public IReadOnlyList<ActivityMixLine> LastWeek { get; init; } = [];

    /// <summary>One line per person the manager sees; empty in privacy mode, where the report shows their totals only.</summary>
    public IReadOnlyList<ManagerDashboardLine> People { get; init; } = [];
}
