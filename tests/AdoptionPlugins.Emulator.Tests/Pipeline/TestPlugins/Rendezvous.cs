using System;
using System.Globalization;
using System.Threading;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>
/// Deliberately stateful: its executions wait for each other at a barrier sized by its unsecure configuration, which they only pass
/// when that many run at the same time on one shared instance. Traces whether they met.
/// </summary>
public sealed class Rendezvous : IPlugin, IDisposable
{
    private readonly Barrier _barrier;

    public Rendezvous(string unsecure)
    {
        _barrier = new Barrier(int.Parse(unsecure, CultureInfo.InvariantCulture));
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var met = _barrier.SignalAndWait(TimeSpan.FromSeconds(30));
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("met={0}", met);
    }

    public void Dispose() => _barrier.Dispose();
}
