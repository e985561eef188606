using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>Tracing for the capture code the simulation calls itself, outside a plugin, where nobody reads a trace.</summary>
internal sealed class NullTracing : ITracingService
{
    public void Trace(string format, params object[] args)
    {
    }
}
