using System;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Running;
using Spectre.Console;

namespace AdoptionPlugins.Simulation.Terminal;

/// <summary>Progress in a terminal: a bar over the simulated days, named after the day being played.</summary>
public sealed class ProgressBar(ProgressTask task) : ISimulationProgress
{
    public void Started(SimulationCalendar calendar, int people)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        task.MaxValue = calendar.Days;
        task.Description = $"Simulating {people} people";
    }

    public void DayDone(DaySummary day)
    {
        ArgumentNullException.ThrowIfNull(day);
        task.Description = $"Played {Words.Date(day.Date)}";
        task.Increment(1);
    }
}
