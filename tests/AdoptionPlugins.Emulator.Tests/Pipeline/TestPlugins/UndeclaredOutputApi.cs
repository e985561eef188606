using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>A custom API main operation that sets an output its API does not declare.</summary>
public sealed class UndeclaredOutputApi : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        context.OutputParameters["Surprise"] = 42;
    }
}
