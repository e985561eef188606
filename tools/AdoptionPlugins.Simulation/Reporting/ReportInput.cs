using System.Collections.Generic;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Simulation.Work;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>What the report is read from: the organization after the last day, what was done, and what each day's evaluation left.</summary>
public sealed record ReportInput(
    SimulatedOrganization Organization,
    WorkLedger Ledger,
    IReadOnlyList<DaySnapshot> Snapshots,
    JobFailures Failures,
    EvaluationTotals Evaluation,
    int Seed,
    bool PrivacyMode,
    bool EvaluationRan,
    int ImportDay,
    int SignalsBackfilled,
    PackResult Zips);
