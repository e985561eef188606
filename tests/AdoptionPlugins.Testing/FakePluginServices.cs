using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Testing;

/// <summary>The services a plugin asks its service provider for: the context, a trace that keeps its lines, and a service factory.</summary>
public sealed class FakePluginServices(IPluginExecutionContext context, Func<Guid?, IOrganizationService> createService, bool keepTraces = true) : IServiceProvider, IOrganizationServiceFactory, ITracingService
{
    private readonly ConcurrentQueue<string> _traces = new();

    public IReadOnlyList<string> Traces => _traces.ToList();

    public object? GetService(Type serviceType) =>
        serviceType == typeof(IPluginExecutionContext) ? context
        : serviceType == typeof(ITracingService) ? this
        : serviceType == typeof(IOrganizationServiceFactory) ? this
        : null;

    /// <summary>A null user means SYSTEM (dataverse-facts 1.5); the factory given decides what that is.</summary>
    public IOrganizationService CreateOrganizationService(Guid? userId) => createService(userId);

    /// <summary>Formats every line as the platform does; keeps it unless told not to (a benchmark runs millions of executions).</summary>
    public void Trace(string format, params object[] args)
    {
        var line = string.Format(CultureInfo.InvariantCulture, format, args);
        if (keepTraces)
        {
            _traces.Enqueue(line);
        }
    }
}
