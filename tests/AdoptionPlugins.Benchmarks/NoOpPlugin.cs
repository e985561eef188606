using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Benchmarks;

/// <summary>A plugin that does nothing, so a benchmark measures what the pipeline itself costs.</summary>
public sealed class NoOpPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}
