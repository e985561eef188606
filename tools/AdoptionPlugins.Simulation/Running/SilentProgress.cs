namespace AdoptionPlugins.Simulation.Running;

/// <summary>Progress nobody watches.</summary>
public sealed class SilentProgress : ISimulationProgress
{
    public static SilentProgress Instance { get; } = new();

    public void Started(SimulationCalendar calendar, int people)
    {
    }

    public void DayDone(DaySummary day)
    {
    }
}
