using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;

/// <summary>Asks the async service to try again later, every time.</summary>
public sealed class RetryRequester : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        throw new InvalidPluginExecutionException(OperationStatus.Retry, "The directory is busy; try again later.");
}
