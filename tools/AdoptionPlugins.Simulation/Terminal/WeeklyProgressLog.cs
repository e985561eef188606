using System;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Running;
using Spectre.Console;

namespace AdoptionPlugins.Simulation.Terminal;

/// <summary>Progress for logs and CI: one line when the simulation starts and one per simulated week.</summary>
public sealed class WeeklyProgressLog(IAnsiConsole console) : ISimulationProgress
{
    private SimulationCalendar? _calendar;
    private int _work;
    private int _jobs;
    private EvaluationTotals _evaluation = EvaluationTotals.None;

    public void Started(SimulationCalendar calendar, int people)
    {
        _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        console.WriteLine($"Simulating {people} people for {calendar.Days} days, {Words.Date(calendar.FirstDay)} to {Words.Date(calendar.LastDay)}.");
    }

    public void DayDone(DaySummary day)
    {
        ArgumentNullException.ThrowIfNull(day);
        _work += day.WorkItems;
        _jobs += day.JobsRun;
        _evaluation = _evaluation.Add(day.Evaluation);
        var calendar = _calendar ?? throw new InvalidOperationException("DayDone came before Started.");
        if (day.Day % 7 != 6 && day.Day != calendar.Days - 1)
        {
            return;
        }

        var week = SimulationCalendar.WeekOf(day.Day);
        var weeks = SimulationCalendar.WeekOf(calendar.Days - 1) + 1;
        console.WriteLine(
            $"  week {week + 1} of {weeks} ({Words.ShortDate(calendar.DateOf(week * 7))} to {Words.ShortDate(day.Date)}): {Words.Number(_work)} pieces of work, "
            + $"{Words.Number(_jobs)} system jobs, {Words.Number(_evaluation.MessagesHeld)} messages logged, {Words.Number(_evaluation.MessagesSent)} sent, "
            + $"{Words.Number(_evaluation.QuickWinsRaised)} quick wins");
        (_work, _jobs, _evaluation) = (0, 0, EvaluationTotals.None);
    }
}
