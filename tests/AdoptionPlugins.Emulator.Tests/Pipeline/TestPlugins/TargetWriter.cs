using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>Sets one column of Target, named with its value in the unsecure configuration as "column=value".</summary>
public sealed class TargetWriter : IPlugin
{
    private readonly string _column;
    private readonly string _value;

    public TargetWriter(string unsecure)
    {
        var parts = unsecure.Split('=', 2);
        _column = parts[0];
        _value = parts[1];
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ((Entity)context.InputParameters["Target"])[_column] = _value;
    }
}
