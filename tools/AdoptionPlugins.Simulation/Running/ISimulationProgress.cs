namespace AdoptionPlugins.Simulation.Running;

/// <summary>Told as the simulation moves on, so a terminal can show a progress bar and a log can show a line per week.</summary>
public interface ISimulationProgress
{
    void Started(SimulationCalendar calendar, int people);

    void DayDone(DaySummary day);
}
