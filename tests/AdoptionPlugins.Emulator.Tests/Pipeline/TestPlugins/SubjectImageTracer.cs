using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>Traces the subject of its "Row" pre-image and post-image as "before->after".</summary>
public sealed class SubjectImageTracer : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace(
            "subject={0}->{1}",
            context.PreEntityImages["Row"].GetAttributeValue<string>("subject"),
            context.PostEntityImages["Row"].GetAttributeValue<string>("subject"));
    }
}
