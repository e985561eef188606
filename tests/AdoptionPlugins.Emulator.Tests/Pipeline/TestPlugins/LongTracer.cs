using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>Traces 20,000 characters, twice what the platform keeps of one execution's trace.</summary>
public sealed class LongTracer : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace(new string('x', 20_000));
}
