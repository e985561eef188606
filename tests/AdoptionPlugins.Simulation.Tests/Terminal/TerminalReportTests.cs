using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Simulation.Terminal;
using AdoptionPlugins.Simulation.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Terminal;

public class TerminalReportTests
{
    private static readonly string[] SectionTitles =
        ["Adoption by tier, week by week", "Teams in the last week", "Executives", "Nudges (dry run: nothing was sent)", "Quick wins", "What Dana Reyes's dashboard shows", "Activity: done and counted"];

    [Fact]
    public void RedirectedOutput_IsPlainAsciiWithoutColours()
    {
        using var output = new StringWriter();

        TerminalReport.Write(SimulationConsole.Create(output, _ => null), AReport.ResultOf(AReport.WithEverySection()));

        Assert.DoesNotContain(output.ToString(), character => character > '~' || character == '\u001b');
        Assert.Contains("+---", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ShowsEachSectionAndWhereTheFilesAre()
    {
        using var output = new StringWriter();

        TerminalReport.Write(SimulationConsole.Create(output, _ => null), AReport.ResultOf(AReport.WithEverySection()));

        var text = output.ToString();
        Assert.All(SectionTitles, title => Assert.Contains(title, text, StringComparison.Ordinal));
        Assert.Contains("Managed:    /reports/AdoptionPlugins_1_0_0_0_managed.zip", text, StringComparison.Ordinal);
        Assert.Contains("Capture check: 40 of 40 user-days counted as done; 0 of 25 imported or migrated rows counted for anyone.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressLog_WritesALinePerSimulatedWeek()
    {
        using var output = new StringWriter();
        var log = new WeeklyProgressLog(SimulationConsole.Create(output, _ => null));
        var calendar = new SimulationCalendar(SimulationCalendar.DefaultFirstDay, days: 10);

        log.Started(calendar, people: 11);
        foreach (var day in Enumerable.Range(0, calendar.Days))
        {
            log.DayDone(new DaySummary(day, calendar.DateOf(day), WorkItems: 10, JobsRun: 12, new EvaluationTotals(1, 11, 0, day == 9 ? 2 : 0, 0)));
        }

        Assert.Equal(
            [
                "Simulating 11 people for 10 days, Mon 2 Mar 2026 to Wed 11 Mar 2026.",
                "  week 1 of 2 (2 Mar to 8 Mar): 70 pieces of work, 84 system jobs, 0 messages logged, 0 sent, 0 quick wins",
                "  week 2 of 2 (9 Mar to 11 Mar): 30 pieces of work, 36 system jobs, 2 messages logged, 0 sent, 0 quick wins",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void QuickWinFromBeforeTheInstall_IsExplained()
    {
        using var output = new StringWriter();
        var report = AReport.WithEverySection() with { QuickWins = [new QuickWinLine(AReport.Monday.AddDays(-3), "Deal won with logged work", "Fabrikam won", "Riley Patel", "Riley won Fabrikam.")] };

        TerminalReport.Write(SimulationConsole.Create(output, _ => null), AReport.ResultOf(report));

        Assert.Contains("1 of 1 quick wins came before the install on Mon 2 Mar 2026, found in the backfilled history.", output.ToString(), StringComparison.Ordinal);
    }
}
