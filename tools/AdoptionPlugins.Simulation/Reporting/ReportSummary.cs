using System;
using System.Collections.Generic;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>The facts at the top of the report: what was simulated, with which seed, and what ran.</summary>
public sealed record ReportSummary
{
    public required int Seed { get; init; }

    public required int People { get; init; }

    public required int Days { get; init; }

    public required DateTime FirstDay { get; init; }

    public required DateTime LastDay { get; init; }

    public required bool PrivacyMode { get; init; }

    public required bool EvaluationRan { get; init; }

    public required int WorkItems { get; init; }

    /// <summary>The days before the install the administrator backfilled, and the signals the backfill wrote for them.</summary>
    public required int HistoryDays { get; init; }

    public required int SignalsBackfilled { get; init; }

    public required int SignalsRecorded { get; init; }

    public required int JobsRun { get; init; }

    public required int Evaluations { get; init; }

    public required int MessagesHeld { get; init; }

    public required int QuickWinsRaised { get; init; }

    public required DateTime ImportDay { get; init; }

    public required IReadOnlyList<string> BusinessUnits { get; init; }

    /// <summary>The file names of the two zips written beside the report.</summary>
    public required string ManagedZip { get; init; }

    public required string UnmanagedZip { get; init; }
}
