using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Running;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AdoptionPlugins.Simulation.Terminal;

/// <summary>The report as readable tables in the terminal: the headline numbers of each section, with the full texts left to the HTML page.</summary>
public static class TerminalReport
{
    private const int MostRowsShown = 12;
    private const int ReasonLength = 160;
    private static readonly string[] Tiers = ["Executive", "Manager", "Contributor"];

    public static void Write(IAnsiConsole console, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var summary = report.Summary;
        var border = console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii;
        console.Write(Line("CRM adoption in a simulated organization", console));
        console.WriteLine(
            $"{summary.People} people, {summary.Days} days ({Words.Date(summary.FirstDay)} to {Words.Date(summary.LastDay)}), seed {summary.Seed}, privacy mode {(summary.PrivacyMode ? "on" : "off")}: "
            + $"{Words.Number(summary.WorkItems)} pieces of work, {Words.Number(summary.SignalsRecorded)} activity signals, {(summary.EvaluationRan ? $"{summary.Evaluations} daily evaluations" : "no evaluation")}.");
        console.WriteLine($"The {summary.HistoryDays / 7} weeks before the install were backfilled with adopt_ReconcileActivity: {Words.Number(summary.SignalsBackfilled)} signals.");
        Section(console, "Adoption by tier, week by week", TierTable(report, border));
        Section(console, "Teams in the last week", TeamTable(report, border));
        Section(console, "Executives", TableOf(
            border,
            ["Name", "Simulated as", "State", "Since", "First flagged", "Why, when the state began"],
            report.Executives.OrderByDescending(line => line.WasFlagged).ThenBy(line => line.Name, StringComparer.Ordinal).Select(line => new[]
            {
                line.Name, line.Story, line.State, line.StateSince is { } since ? Words.ShortDate(since) : "-", line.FirstFlagged is { } day ? Words.ShortDate(day) : "never", Shortened(line.Reason),
            })));
        Section(console, "Nudges (dry run: nothing was sent)", Nudges(report, border));
        Section(console, "Quick wins", QuickWins(report, border));
        Section(console, $"What {report.Dashboard.Manager}'s dashboard shows (read as them)", Dashboard(report.Dashboard, border));
        Section(console, "Activity: done and counted", TableOf(border, ["Kind", "Done", "Counted"], report.ActivityMix.Select(line => new[] { line.Kind, Words.Number(line.Done), Words.Number(line.Counted) })));
        var capture = report.Capture;
        console.WriteLine(
            $"Capture check: {Words.Number(capture.UserDaysMatching)} of {Words.Number(capture.UserDays)} user-days counted as done; "
            + $"{capture.SignalsForUncreditedRows} of {Words.Number(capture.UncreditedRows)} imported or migrated rows counted for anyone.");
        console.WriteLine(capture.Matches ? "All as expected." : "DIFFERENCES: see the capture check in the HTML report.");
        foreach (var note in report.Notes)
        {
            console.WriteLine($"Note: {note}");
        }

        console.Write(Line(string.Empty, console));
        console.WriteLine($"Report:     {result.HtmlReport}");
        console.WriteLine($"Managed:    {result.Zips.ManagedZip}");
        console.WriteLine($"Unmanaged:  {result.Zips.UnmanagedZip}");
        console.WriteLine($"Finished in {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
    }

    private static Table TierTable(SimulationReport report, TableBorder border)
    {
        var weeks = report.TierWeeks.GroupBy(week => (week.Week, week.From)).OrderBy(group => group.Key.Week);
        return TableOf(
            border,
            ["Week", "From", .. Tiers.Select(tier => tier + "s")],
            weeks.Select(group => new[] { Words.Number(group.Key.Week), Words.ShortDate(group.Key.From) }
                .Concat(Tiers.Select(tier => group.FirstOrDefault(week => week.Group == tier) is { } week ? Describe(week) : "-"))
                .ToArray()));
    }

    private static Table TeamTable(SimulationReport report, TableBorder border)
    {
        var last = report.TeamWeeks.Count == 0 ? 0 : report.TeamWeeks.Max(week => week.Week);
        return TableOf(
            border,
            ["Team", "People", "Logged work", "Active", "Slipping", "Inactive", "New", "On leave"],
            report.TeamWeeks.Where(week => week.Week == last).Select(week => new[]
            {
                week.Group, Words.Number(week.People), Words.Number(week.PeopleWhoLogged), Count(week.States?.Active), Count(week.States?.Slipping),
                Count(week.States?.Inactive), Count(week.States?.New), Count(week.States?.OnLeave),
            }));
    }

    private static IRenderable Nudges(SimulationReport report, TableBorder border)
    {
        if (report.Nudges.Count == 0)
        {
            return new Text("No message was logged.");
        }

        var byKind = TableOf(border, HtmlReport.MessageKindHeaders, HtmlReport.MessageKinds(report));
        var first = TableOf(border, ["First day", "To", "Kind", "Subject", "Days logged"], report.Previews.Take(MostRowsShown)
            .Select(preview => new[] { Words.ShortDate(preview.FirstDay), preview.Recipient, preview.Kind, preview.Subject, Words.Number(preview.Days) }));
        var more = report.Previews.Count > MostRowsShown ? $"The first {MostRowsShown} of {report.Previews.Count} would-be messages, one line per person and kind; " : string.Empty;
        return new Rows(byKind, first, new Text($"{more}every text and reason is in the HTML report."));
    }

    private static IRenderable QuickWins(SimulationReport report, TableBorder border)
    {
        if (report.QuickWins.Count == 0)
        {
            return new Text("No quick win was raised.");
        }

        var table = TableOf(border, ["Day", "Kind", "Person", "What"], report.QuickWins.Take(MostRowsShown).Select(win => new[] { Words.ShortDate(win.Day), win.Kind, win.Person, win.Body }));
        var notes = new[]
        {
            Words.WinsBeforeInstall(report),
            report.QuickWins.Count > MostRowsShown ? $"The first {MostRowsShown} of {report.QuickWins.Count} quick wins; all are in the HTML report." : null,
        };
        return new Rows([table, .. notes.OfType<string>().Select(note => new Text(note))]);
    }

    private static IRenderable Dashboard(ManagerDashboard dashboard, TableBorder border)
    {
        if (dashboard.Problem is { } problem)
        {
            return new Text(problem);
        }

        var seen = new Text($"Adoption rows of {dashboard.PeopleVisible} people; their hierarchy has {dashboard.PeopleInHierarchy}; rows about anyone outside it: {dashboard.PeopleOutsideHierarchy}.");
        var states = TableOf(border, ["New", "Active", "Slipping", "Inactive", "On leave"], [[.. new[] { dashboard.States.New, dashboard.States.Active, dashboard.States.Slipping, dashboard.States.Inactive, dashboard.States.OnLeave }.Select(Words.Number)]]);
        return dashboard.People.Count == 0
            ? new Rows(seen, states, new Text("Privacy mode is on: shown as team totals."))
            : new Rows(seen, states, TableOf(border, ["Person", "State", "Days with logged work (last 7)"], dashboard.People.Select(line => new[] { line.Name, line.State, Words.Number(line.DaysWithWork) })));
    }

    private static string Describe(GroupWeek week)
    {
        var logged = $"{week.PeopleWhoLogged}/{week.People} logged";
        return week.States?.ActivePercent is { } active ? $"{logged}, {active}% active" : logged;
    }

    private static string Count(int? value) => value is { } number ? Words.Number(number) : "-";

    private static string Shortened(string text) => text.Length <= ReasonLength ? text : string.Concat(text.AsSpan(0, ReasonLength - 3), "...");

    private static void Section(IAnsiConsole console, string title, IRenderable content)
    {
        console.WriteLine();
        console.Write(Line(title, console).LeftJustified());
        console.Write(content);
    }

    // Plain output keeps to ASCII: Spectre's "safe" borders for a console without Unicode still draw box characters.
    private static Rule Line(string title, IAnsiConsole console)
    {
        var border = console.Profile.Capabilities.Unicode ? BoxBorder.Square : BoxBorder.Ascii;
        return title.Length == 0 ? new Rule { Border = border } : new Rule(Markup.Escape(title)) { Border = border };
    }

    private static Table TableOf(TableBorder border, IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        var table = new Table().Border(border).AddColumns([.. headers.Select(header => new TableColumn(Markup.Escape(header)))]);
        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell)));
        }

        return table;
    }
}
