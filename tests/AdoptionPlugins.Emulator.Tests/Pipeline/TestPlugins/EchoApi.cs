using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>A custom API main operation: Echo is Text in upper case, repeated Times times (default once); traces its stage.</summary>
public sealed class EchoApi : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("stage={0}", context.Stage);
        var times = context.InputParameters.TryGetValue("Times", out int count) ? count : 1;
        var text = ((string)context.InputParameters["Text"]).ToUpperInvariant();
        context.OutputParameters["Echo"] = string.Concat(System.Linq.Enumerable.Repeat(text, times));
    }
}
