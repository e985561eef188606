using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>Fails with an exception that is not an InvalidPluginExecutionException, as a plugin bug does.</summary>
public sealed class Crasher : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new InvalidOperationException("boom");
}
