using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>
/// Writes the report as one self-contained HTML page: styles inline, charts as inline SVG, no script and nothing fetched from
/// a network, so it opens anywhere, offline, and can be mailed as it is.
/// </summary>
public static class HtmlReport
{
    public const string FileName = "adoption-simulation.html";

    private const int MostNudgesShown = 200;
    private const int MostPeopleShown = 300;

    /// <summary>The page's sections, by anchor and heading, in order.</summary>
    public static IReadOnlyList<(string Id, string Heading)> Sections { get; } =
    [
        ("summary", "What was simulated"),
        ("adoption-over-time", "Adoption over time, by tier"),
        ("teams", "Adoption by team"),
        ("executives", "Executives: leading by example"),
        ("nudges", "Nudges: who would get what"),
        ("quick-wins", "Quick wins"),
        ("manager-dashboard", "What a sales manager's dashboard shows"),
        ("activity-mix", "Activity mix"),
        ("capture-check", "Work done and work counted"),
        ("organization", "The organization"),
        ("files", "Solution files"),
    ];

    public static string WriteTo(string folder, SimulationReport report)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Render(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    public static string Render(SimulationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var page = new StringBuilder();
        var summary = report.Summary;
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>CRM adoption simulation, seed {summary.Seed}</title>\n<style>{Styles}</style>\n</head>\n<body>\n")
            .Append(CultureInfo.InvariantCulture, $"<header><h1>CRM adoption in a simulated organization</h1><p>{summary.People} people, {summary.Days} days from {Words.Date(summary.FirstDay)} to {Words.Date(summary.LastDay)}, seed {summary.Seed}.</p>")
            .Append("<nav>").AppendJoin(" · ", Sections.Select(section => $"<a href=\"#{section.Id}\">{H(section.Heading)}</a>")).Append("</nav></header>\n<main>\n");
        Section(page, "summary", Summary(report));
        Section(page, "adoption-over-time", AdoptionOverTime(report));
        Section(page, "teams", Teams(report));
        Section(page, "executives", Executives(report));
        Section(page, "nudges", Nudges(report));
        Section(page, "quick-wins", QuickWins(report));
        Section(page, "manager-dashboard", Dashboard(report));
        Section(page, "activity-mix", ActivityMix(report));
        Section(page, "capture-check", Capture(report));
        Section(page, "organization", Organization(report));
        Section(page, "files", Files(report));
        if (report.Notes.Count > 0)
        {
            page.Append("<section id=\"notes\"><h2>Notes</h2><ul>").AppendJoin(string.Empty, report.Notes.Select(note => $"<li>{H(note)}</li>")).Append("</ul></section>\n");
        }

        return page.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static string Summary(SimulationReport report)
    {
        var summary = report.Summary;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>{summary.People} people in {summary.BusinessUnits.Count} business units ({H(string.Join(", ", summary.BusinessUnits))}) worked in London, Berlin, Paris, New York and Chicago. ")
            .Append(CultureInfo.InvariantCulture, $"Everything ran in an in-memory Dataverse through the solution's own plugin steps and roles: {Words.Number(summary.WorkItems)} pieces of work, {Words.Number(summary.SignalsRecorded)} activity signals recorded by {Words.Number(summary.JobsRun)} system jobs")
            .Append(summary.EvaluationRan ? $", and the daily evaluation every morning, {summary.Evaluations} times.</p>" : ".</p>")
            .Append("<ul>")
            .Append(CultureInfo.InvariantCulture, $"<li>The organization had used the CRM for {summary.HistoryDays / 7} weeks before the product was installed; on the install morning the administrator backfilled those weeks with adopt_ReconcileActivity ({Words.Number(summary.SignalsBackfilled)} signals), so the first evaluation judged real history, not an empty window.</li>")
            .Append(CultureInfo.InvariantCulture, $"<li>Privacy mode is <strong>{(summary.PrivacyMode ? "on" : "off")}</strong>: {(summary.PrivacyMode ? "messages to managers and the sponsor carry team totals, never one person's figures" : "managers and the sponsor see their people by name")}.</li>")
            .Append("<li>Sending is off, as after every install: each message is logged as a dry run, so you can read exactly who would get what before anyone gets anything.</li>")
            .Append(CultureInfo.InvariantCulture, $"<li>Messages the evaluation logged instead of sending: {Words.Number(summary.MessagesHeld)}. Quick wins raised: {Words.Number(summary.QuickWinsRaised)}.</li>")
            .Append(CultureInfo.InvariantCulture, $"<li>Run again with seed {summary.Seed} for the same people, the same work and the same numbers.</li></ul>");
        return text.ToString();
    }

    private static string AdoptionOverTime(SimulationReport report)
    {
        var text = new StringBuilder("<p>The share of people the evaluation judged active, per tier, after each day. New starters in their grace period, people on leave and excluded accounts are not judged, so they neither raise nor lower a line.</p>");
        var dates = report.TierDays.Select(day => day.Date).Distinct().Order().ToList();
        if (dates.Count > 0)
        {
            var series = new[] { ("Executive", Palette.Executive), ("Manager", Palette.Manager), ("Contributor", Palette.Contributor) }
                .Select(tier => new ChartSeries(tier.Item1, tier.Item2, [.. dates.Select(date => (double?)report.TierDays.FirstOrDefault(day => day.Date == date && day.Tier == tier.Item1)?.States.ActivePercent)]))
                .ToList();
            text.Append(SvgCharts.Lines("Share of judged people who are active, by tier", [.. dates.Select(Words.ShortDate)], series));
        }
        else
        {
            text.Append("<p class=\"muted\">The evaluation did not run, so no one was judged; the table shows who logged work each week.</p>");
        }

        return text.Append(WeekTable(report.TierWeeks, "Tier")).ToString();
    }

    private static string Teams(SimulationReport report)
    {
        var text = new StringBuilder("<p>Where each team stood after the last evaluation, and how many of its people logged work themselves each week (tracked emails and work logged on someone's behalf do not count). Teams, not individuals: the point is to help a team, never to rank people.</p>");
        var lastWeek = report.TeamWeeks.Count == 0 ? 0 : report.TeamWeeks.Max(week => week.Week);
        var rows = report.TeamWeeks.Where(week => week.Week == lastWeek && week.States is not null)
            .Select(week => (week.Group, (IReadOnlyList<ChartSegment>)StateSegments(week.States!)))
            .ToList();
        if (rows.Count > 0)
        {
            text.Append(SvgCharts.StackedBars("Adoption state by team after the last evaluation", rows));
        }

        return text.Append(WeekTable(report.TeamWeeks, "Team")).ToString();
    }

    private static string Executives(SimulationReport report)
    {
        var text = new StringBuilder("<p>The people the evaluation counts as executives, measured against their own tier's expectations. \"Simulated as\" says what each was made to do; the state and the reason are the evaluation's own words, the ones an executive is shown.</p>");
        return text.Append(Table(
            ["Name", "Title", "Simulated as", "State", "Since", "First flagged", "Why, as the evaluation said when the state began"],
            report.Executives.OrderByDescending(line => line.WasFlagged).ThenBy(line => line.Name, StringComparer.Ordinal).Select(line => new[]
            {
                line.Name, line.Title, line.Story, line.State, line.StateSince is { } since ? Words.Date(since) : "-",
                line.FirstFlagged is { } flagged ? Words.Date(flagged) : "never", line.Reason.Length > 0 ? line.Reason : "-",
            }))).ToString();
    }

    private static string Nudges(SimulationReport report)
    {
        var text = new StringBuilder("<p>Each morning the evaluation decided who should hear from it and logged the exact text. Sending is off, so nothing reached anyone; and because nothing counts as sent in a dry run, the next morning may log the same message again. Below, each person's message appears once, with the days it was logged.</p>");
        if (report.Nudges.Count == 0)
        {
            return text.Append("<p class=\"muted\">No message was logged.</p>").ToString();
        }

        text.Append(Table(MessageKindHeaders, MessageKinds(report)));
        foreach (var preview in report.Previews.Take(MostNudgesShown))
        {
            var days = preview.Days == 1 ? "logged once" : $"logged on {preview.Days} days until {Words.ShortDate(preview.LastDay)}";
            text.Append(CultureInfo.InvariantCulture, $"<details><summary>{H(Words.Date(preview.FirstDay))} · {H(preview.Kind)} to <strong>{H(preview.Recipient)}</strong> · {H(preview.Subject)} <span class=\"muted\">({H(days)})</span></summary>")
                .Append(CultureInfo.InvariantCulture, $"<blockquote>{Paragraphs(preview.Body)}</blockquote><p class=\"muted\">Why: {H(preview.Reason)}</p></details>");
        }

        if (report.Previews.Count > MostNudgesShown)
        {
            text.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">The first {MostNudgesShown} of {report.Previews.Count} are shown; the nudge log in Dataverse holds them all.</p>");
        }

        return report.Withheld.Count == 0
            ? text.ToString()
            : text.Append("<h3>Held back by the policy</h3>").Append(Table(["Kind", "Why", "Messages"], report.Withheld.Select(line => new[] { line.Kind, line.Reason, Words.Number(line.Messages) }))).ToString();
    }

    /// <summary>The columns of <see cref="MessageKinds"/>: the two kinds of log row add up to the whole log.</summary>
    internal static IReadOnlyList<string> MessageKindHeaders { get; } = ["Kind", "Would have been sent", "Held back by the policy", "People"];

    /// <summary>Per kind of message: log rows that would have been sent, rows the policy held back, and the people they were for.</summary>
    internal static IEnumerable<string[]> MessageKinds(SimulationReport report) =>
        report.Nudges.GroupBy(nudge => nudge.Kind).OrderBy(group => Words.KindRank(group.Key)).Select(group => new[]
        {
            group.Key, Words.Number(group.Count(nudge => nudge.Outcome != Words.Withheld)), Words.Number(group.Count(nudge => nudge.Outcome == Words.Withheld)),
            Words.Number(group.Select(nudge => nudge.Recipient).Distinct().Count()),
        });

    private static string QuickWins(SimulationReport report)
    {
        var text = new StringBuilder("<p>Successes the evaluation found in the data and celebrated once each: deals won with work logged behind them, first meetings, comebacks, teams crossing a threshold.</p>");
        if (Words.WinsBeforeInstall(report) is { } before)
        {
            text.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{H(before)}</p>");
        }

        return report.QuickWins.Count == 0
            ? text.Append("<p class=\"muted\">No quick win was raised.</p>").ToString()
            : text.Append(Table(["Day", "Kind", "Title", "Person", "Text"], report.QuickWins.Select(win => new[] { Words.Date(win.Day), win.Kind, win.Title, win.Person, win.Body }))).ToString();
    }

    private static string Dashboard(SimulationReport report)
    {
        var dashboard = report.Dashboard;
        var text = new StringBuilder($"<p>{H(dashboard.Manager)}, a sales manager, opens the adoption dashboard on the last evening. Everything here was read as {H(dashboard.Manager)}, through the solution's roles and the manager hierarchy.</p>");
        if (dashboard.Problem is { } problem)
        {
            return text.Append(CultureInfo.InvariantCulture, $"<p class=\"problem\">{H(problem)}</p>").ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"<p>{H(dashboard.Manager)} can read the adoption rows of {dashboard.PeopleVisible} people; their own hierarchy has {dashboard.PeopleInHierarchy}. Rows about anyone outside it: <strong>{dashboard.PeopleOutsideHierarchy}</strong>.</p>")
            .Append(Table(["New", "Active", "Slipping", "Inactive", "On leave", "Excluded"], [StateCells(dashboard.States)]))
            .Append(Table(["Last seven days", "Count"], dashboard.LastWeek.Select(line => new[] { line.Kind, Words.Number(line.Counted) })));
        return dashboard.People.Count > 0
            ? text.Append(Table(["Person", "State", "Days with logged work (last 7)", "Activities (last 7)"], dashboard.People.Select(line => new[] { line.Name, line.State, Words.Number(line.DaysWithWork), Words.Number(line.Activities) }))).ToString()
            : text.Append("<p class=\"muted\">Privacy mode is on, so the report shows this manager's view as team totals only.</p>").ToString();
    }

    private static string ActivityMix(SimulationReport report)
    {
        var text = new StringBuilder("<p>What the activity days counted, by kind, over the whole simulation.</p>");
        var bars = report.ActivityMix.Select(line => new ChartSegment(line.Kind, line.Kind.StartsWith("Emails tracked", StringComparison.Ordinal) ? Palette.Tracked : Palette.Work, line.Counted)).ToList();
        return text.Append(SvgCharts.Bars("Counted activity by kind", bars)).ToString();
    }

    private static string Capture(SimulationReport report)
    {
        var capture = report.Capture;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>Every person's counts for every day, compared with what the simulation did: <strong>{Words.Number(capture.UserDaysMatching)} of {Words.Number(capture.UserDays)}</strong> user-days match. ")
            .Append(CultureInfo.InvariantCulture, $"The ERP connector's import on {H(Words.Date(report.Summary.ImportDay))} and the migration before the install wrote {Words.Number(capture.UncreditedRows)} rows that must count for nobody; signals crediting them: <strong>{capture.SignalsForUncreditedRows}</strong>.</p>")
            .Append(Table(["Kind", "Done", "Counted"], report.ActivityMix.Select(line => new[] { line.Kind, Words.Number(line.Done), Words.Number(line.Counted) })));
        if (capture.Differences.Count > 0)
        {
            text.Append("<p class=\"problem\">Differences:</p><ul>").AppendJoin(string.Empty, capture.Differences.Select(difference => $"<li>{H(difference)}</li>")).Append("</ul>");
        }

        return text.ToString();
    }

    private static string Organization(SimulationReport report)
    {
        var text = new StringBuilder("<p>Who works here, what each was simulated to do, and where they stand at the end. People are listed by team and name, never by how much they logged.</p>");
        text.Append(Table(
            ["Name", "Title", "Simulated as", "Team", "City", "Tier", "State"],
            report.People.OrderBy(person => person.Team, StringComparer.Ordinal).ThenBy(person => person.Name, StringComparer.Ordinal).Take(MostPeopleShown)
                .Select(person => new[] { person.Name, person.Title, person.Story, person.Team, person.City, person.Tier, person.State })));
        if (report.People.Count > MostPeopleShown)
        {
            text.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">The first {MostPeopleShown} of {report.People.Count} people are shown.</p>");
        }

        return text.ToString();
    }

    private static string Files(SimulationReport report) =>
        $"<p>Written beside this report: <code>{H(report.Summary.ManagedZip)}</code> (import it into an environment, or run <code>adoption deploy</code>) and <code>{H(report.Summary.UnmanagedZip)}</code> (for development).</p>";

    private static string WeekTable(IReadOnlyList<GroupWeek> weeks, string groupName) => Table(
        ["Week", "From", groupName, "People", "Logged work themselves", "Active", "Slipping", "Inactive", "New", "On leave"],
        weeks.OrderBy(week => week.Week).ThenBy(week => week.Group, StringComparer.Ordinal).Select(week => new[]
        {
            Words.Number(week.Week), Words.ShortDate(week.From), week.Group, Words.Number(week.People), Words.Number(week.PeopleWhoLogged),
            Cell(week.States?.Active), Cell(week.States?.Slipping), Cell(week.States?.Inactive), Cell(week.States?.New), Cell(week.States?.OnLeave),
        }));

    private static List<ChartSegment> StateSegments(StateCounts states) =>
    [
        new("Active", Palette.Active, states.Active), new("Slipping", Palette.Slipping, states.Slipping), new("Inactive", Palette.Inactive, states.Inactive),
        new("New", Palette.New, states.New), new("On leave", Palette.OnLeave, states.OnLeave), new("Excluded", Palette.Excluded, states.Excluded),
    ];

    private static string[] StateCells(StateCounts states) =>
        [.. new[] { states.New, states.Active, states.Slipping, states.Inactive, states.OnLeave, states.Excluded }.Select(Words.Number)];

    private static string Cell(int? value) => value is { } number ? Words.Number(number) : "-";

    private static string Table(IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        var table = new StringBuilder("<table><thead><tr>").AppendJoin(string.Empty, headers.Select(header => $"<th>{H(header)}</th>")).Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            table.Append("<tr>").AppendJoin(string.Empty, row.Select(cell => $"<td>{H(cell)}</td>")).Append("</tr>");
        }

        return table.Append("</tbody></table>").ToString();
    }

    private static void Section(StringBuilder page, string id, string body)
    {
        var heading = Sections.First(section => section.Id == id).Heading;
        page.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\"><h2>{H(heading)}</h2>{body}</section>\n");
    }

    private static string Paragraphs(string text) =>
        string.Join(string.Empty, text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => $"<p>{H(line)}</p>"));

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private const string Styles =
        "body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:0;color:#1f2328;background:#fafafa;line-height:1.45}"
        + "header{background:#243b53;color:#fff;padding:24px 32px}header h1{margin:0 0 4px}header a{color:#cfe3ff}nav{margin-top:12px;font-size:14px}"
        + "main{max-width:1100px;margin:0 auto;padding:8px 32px 48px}section{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:4px 24px 20px;margin:20px 0}"
        + "table{border-collapse:collapse;margin:12px 0;font-size:14px;width:100%}th,td{border-bottom:1px solid #e6e6e6;padding:5px 8px;text-align:left;vertical-align:top}"
        + "th{background:#f3f5f7}.muted{color:#5f6b76}.problem{color:#a33a24;font-weight:600}details{border-bottom:1px solid #eee;padding:6px 0}"
        + "summary{cursor:pointer}blockquote{margin:8px 0 4px 16px;padding-left:12px;border-left:3px solid #cfd8e3}code{background:#f3f5f7;padding:1px 4px}";
}
