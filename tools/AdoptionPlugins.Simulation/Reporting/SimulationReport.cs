using System.Collections.Generic;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>Everything the terminal and the HTML report show, read from the organization's rows after the last day.</summary>
public sealed record SimulationReport
{
    public required ReportSummary Summary { get; init; }

    public required IReadOnlyList<TierDay> TierDays { get; init; }

    public required IReadOnlyList<GroupWeek> TierWeeks { get; init; }

    public required IReadOnlyList<GroupWeek> TeamWeeks { get; init; }

    public required IReadOnlyList<ExecutiveLine> Executives { get; init; }

    public required IReadOnlyList<NudgeLine> Nudges { get; init; }

    public required IReadOnlyList<QuickWinLine> QuickWins { get; init; }

    public required ManagerDashboard Dashboard { get; init; }

    public required IReadOnlyList<ActivityMixLine> ActivityMix { get; init; }

    public required CaptureCheck Capture { get; init; }

    public required IReadOnlyList<PersonLine> People { get; init; }

    /// <summary>What the reader should know: failed system jobs, roles the solution lacks, sections that could not be filled.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
