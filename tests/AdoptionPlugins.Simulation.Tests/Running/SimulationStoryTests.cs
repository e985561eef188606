using System;
using System.Linq;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Tests.Support;
using AdoptionPlugins.Tooling.Packaging;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Running;

/// <summary>The story a first run tells, end to end: the solution's real plugins, steps, roles and daily evaluation on a small organization.</summary>
public class SimulationStoryTests
{
    private static readonly StoryRun Story = StoryRun.Shared;
    private static readonly string[] Flagged = ["Slipping", "Inactive"];

    [Fact]
    public void ExecutiveWhoStopsLogging_IsFlaggedAfterStoppingWithAReason()
    {
        var executive = Story.The(Persona.LapsingExecutive);

        var line = Story.Report.Executives.Single(line => line.Name == executive.FullName);

        Assert.Contains(line.State, Flagged);
        Assert.True(line.FirstFlagged > Story.Report.Summary.FirstDay.AddDays(executive.LapsesOnDay!.Value), $"flagged on {line.FirstFlagged:d}, before stopping");
        Assert.Contains("working days", line.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_SendsNothingAndListsTheExecutivesWouldBeNudge()
    {
        var executive = Story.The(Persona.LapsingExecutive);

        var report = Story.Report;

        Assert.DoesNotContain(report.Nudges, nudge => nudge.Outcome == Words.Sent);
        Assert.Contains(report.Previews, preview => preview.Recipient == executive.FullName && preview.Kind == "Lead by example" && preview.Body.Length > 0);
    }

    [Fact]
    public void DealWonWithLoggedWork_IsAQuickWinOfTheWinner()
    {
        var sellers = Story.Plan.Humans.Select(person => person.FullName).ToHashSet();

        var wins = Story.Report.QuickWins.Where(win => win.Kind == Words.QuickWin(QuickWinKind.DealWon)).ToList();

        Assert.NotEmpty(wins);
        Assert.All(wins, win => Assert.Contains(win.Person, sellers));
    }

    [Fact]
    public void ManagersDashboard_ShowsOnlyTheirHierarchy()
    {
        var dashboard = Story.Report.Dashboard;

        Assert.Null(dashboard.Problem);
        Assert.Equal((dashboard.PeopleInHierarchy, 0), (dashboard.PeopleVisible, dashboard.PeopleOutsideHierarchy));
    }

    [Fact]
    public void Run_WritesTheHtmlReportAndBothSolutionZips()
    {
        var version = ReleaseVersion.Current.ToString().Replace('.', '_');

        var files = Story.FilesWritten;

        Assert.Equal([$"AdoptionPlugins_{version}.zip", $"AdoptionPlugins_{version}_managed.zip", HtmlReport.FileName], files);
    }
}
