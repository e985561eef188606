using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>Updates the row it runs for again, so a step on its Update triggers itself: the loop the depth limit stops.</summary>
public sealed class SelfUpdater : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("depth={0}", context.Depth);
        factory.CreateOrganizationService(null).Update(new Entity(context.PrimaryEntityName, context.PrimaryEntityId)
        {
            ["description"] = context.Depth.ToString(CultureInfo.InvariantCulture),
        });
    }
}
