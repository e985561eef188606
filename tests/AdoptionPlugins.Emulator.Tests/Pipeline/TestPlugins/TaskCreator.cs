using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>
/// Creates a task through its own service. The unsecure configuration reads "as|subject": as is system (CreateOrganizationService(null)),
/// step (Guid.Empty, the step's user) or a user id.
/// </summary>
public sealed class TaskCreator : IPlugin
{
    private readonly string _as;
    private readonly string _subject;

    public TaskCreator(string unsecure)
    {
        var parts = unsecure.Split('|', 2);
        _as = parts[0];
        _subject = parts[1];
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(_as switch
        {
            "system" => null,
            "step" => Guid.Empty,
            _ => Guid.Parse(_as),
        });
        var id = service.Create(new Entity("task") { ["subject"] = _subject });
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("created={0}", id);
    }
}
