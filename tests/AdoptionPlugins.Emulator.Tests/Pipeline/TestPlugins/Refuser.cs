using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>Refuses the operation with the message in its unsecure configuration, as a validation plugin does.</summary>
public sealed class Refuser : IPlugin
{
    private readonly string _message;

    public Refuser(string? unsecure)
    {
        _message = unsecure ?? "Refused by a test plugin.";
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("refusing");
        throw new InvalidPluginExecutionException(_message);
    }
}
