namespace AdoptionPlugins.Simulation.Organization;

/// <summary>An inclusive range of simulation days (0 is the first day).</summary>
public sealed record DayRange(int First, int Last)
{
    public bool Contains(int day) => day >= First && day <= Last;
}
