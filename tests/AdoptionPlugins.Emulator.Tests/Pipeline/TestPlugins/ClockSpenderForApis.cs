using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>A custom API main operation, which gets no configuration, that spends three emulated minutes.</summary>
public sealed class ClockSpenderForApis : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        ((SimulatedClock)serviceProvider.GetService(typeof(SimulatedClock))!).Advance(TimeSpan.FromMinutes(3));
}
