using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Support;

/// <summary>What one plugin execution left behind: its trace lines and output parameters.</summary>
public sealed class PluginRun(IReadOnlyList<string> traces, ParameterCollection outputs)
{
    public IReadOnlyList<string> Traces { get; } = traces;

    public ParameterCollection Outputs { get; } = outputs;
}
