using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>
/// Catches a failed service call and carries on, the mistake the platform punishes inside a transaction. With "again" as its
/// unsecure configuration it then makes another call.
/// </summary>
public sealed class FailedCallSwallower : IPlugin
{
    private readonly bool _callAgain;

    public FailedCallSwallower(string? unsecure)
    {
        _callAgain = unsecure == "again";
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(null);
        try
        {
            service.Retrieve("task", Guid.NewGuid(), new ColumnSet(false));
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("swallowed");
        }

        if (_callAgain)
        {
            service.Create(new Entity("task") { ["subject"] = "After the failure" });
        }
    }
}
