using System;
using System.Globalization;
using System.Threading;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>
/// Deliberately stateful: executions on as many threads as its unsecure configuration says meet at a barrier with their rows written
/// but not committed, count the tasks they can see, and meet again before either commits. Traces the count.
/// </summary>
public sealed class ConcurrentReader : IPlugin, IDisposable
{
    private readonly Barrier _barrier;

    public ConcurrentReader(string unsecure)
    {
        _barrier = new Barrier(int.Parse(unsecure, CultureInfo.InvariantCulture));
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        _barrier.SignalAndWait(TimeSpan.FromSeconds(30));
        var visible = factory.CreateOrganizationService(null).RetrieveMultiple(new QueryExpression("task")).Entities.Count;
        _barrier.SignalAndWait(TimeSpan.FromSeconds(30));
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("visible={0}", visible);
    }

    public void Dispose() => _barrier.Dispose();
}
