using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>Spends the number of emulated minutes in its unsecure configuration, as a slow plugin would spend real ones.</summary>
public sealed class ClockSpender : IPlugin
{
    private readonly TimeSpan _duration;

    public ClockSpender(string unsecure)
    {
        _duration = TimeSpan.FromMinutes(double.Parse(unsecure, CultureInfo.InvariantCulture));
    }

    public void Execute(IServiceProvider serviceProvider) =>
        ((SimulatedClock)serviceProvider.GetService(typeof(SimulatedClock))!).Advance(_duration);
}
