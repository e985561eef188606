using System;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>The simulation cannot go on, for a reason the message explains and a person can act on.</summary>
public sealed class SimulationStoppedException : Exception
{
    public SimulationStoppedException()
    {
    }

    public SimulationStoppedException(string message)
        : base(message)
    {
    }

    public SimulationStoppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
