using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>Sets the shared variable named in its unsecure configuration to the stage it runs in.</summary>
public sealed class SharedVariableWriter : IPlugin
{
    private readonly string _name;

    public SharedVariableWriter(string unsecure)
    {
        _name = unsecure;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        context.SharedVariables[_name] = $"stage{context.Stage}";
    }
}
