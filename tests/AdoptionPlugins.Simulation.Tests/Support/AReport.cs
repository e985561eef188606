using System;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>A small, complete report with a row in every section, for tests of how reports are shown.</summary>
public static class AReport
{
    public static readonly DateTime Monday = new(2026, 3, 2);

    public static SimulationReport WithEverySection() => new()
    {
        Summary = new ReportSummary
        {
            Seed = 1, People = 11, Days = 14, FirstDay = Monday, LastDay = Monday.AddDays(13), PrivacyMode = true, EvaluationRan = true, WorkItems = 900,
            SignalsRecorded = 950, HistoryDays = 28, SignalsBackfilled = 600, JobsRun = 990, Evaluations = 14, MessagesHeld = 3, QuickWinsRaised = 1, ImportDay = Monday.AddDays(9),
            BusinessUnits = ["Contoso", "Sales EMEA", "Sales Americas"], ManagedZip = "AdoptionPlugins_1_0_0_0_managed.zip", UnmanagedZip = "AdoptionPlugins_1_0_0_0.zip",
        },
        TierDays =
        [
            new TierDay(Monday, "Executive", new StateCounts(0, 3, 1, 0, 0, 0)),
            new TierDay(Monday.AddDays(1), "Executive", new StateCounts(0, 2, 1, 1, 0, 0)),
            new TierDay(Monday, "Contributor", new StateCounts(1, 4, 0, 0, 1, 0)),
        ],
        TierWeeks = [new GroupWeek("Executive", 1, Monday, 4, 3, new StateCounts(0, 2, 1, 1, 0, 0))],
        TeamWeeks = [new GroupWeek("Dana Reyes's team (Berlin)", 1, Monday, 3, 3, new StateCounts(1, 1, 0, 0, 1, 0))],
        Executives = [new ExecutiveLine("Ivan Fischer", "VP Sales Americas", "Executive who stops using the CRM", "Inactive", Monday.AddDays(8), "Active on 1 of 20 working days.", Monday.AddDays(6))],
        Nudges = [new NudgeLine(Monday.AddDays(9), "Ivan Fischer", "Lead by example", "Dry run", "Your team's week", "<b>Well done</b> & thanks", "Sending is off.", 1033)],
        QuickWins = [new QuickWinLine(Monday.AddDays(10), "Deal won with logged work", "Fabrikam won", "Riley Patel", "Riley won Fabrikam.")],
        Dashboard = new ManagerDashboard { Manager = "Dana Reyes", PeopleVisible = 3, PeopleInHierarchy = 3, States = new StateCounts(1, 1, 0, 0, 1, 0) },
        ActivityMix = [new ActivityMixLine("Tasks", 10, 10), new ActivityMixLine("Emails tracked by server-side sync", 30, 30)],
        Capture = new CaptureCheck(40, 40, [], 25, 0),
        People = [new PersonLine("Riley Patel", "Account Executive", "Sales rep", "Dana Reyes's team (Berlin)", "Berlin", "Contributor", "Active")],
        Notes = ["A note for the reader."],
    };

    public static SimulationResult ResultOf(SimulationReport report) =>
        new(report, "/reports/adoption-simulation.html", new PackResult("/reports/AdoptionPlugins_1_0_0_0.zip", "/reports/AdoptionPlugins_1_0_0_0_managed.zip"), TimeSpan.FromSeconds(2.5));
}
