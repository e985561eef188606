using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Support;

/// <summary>One queued async execution of a capture step: which plugin type runs it, and the prepared run.</summary>
public sealed class CaptureJob(string name, Type pluginType, Func<IPlugin, PluginRun> run)
{
    public string Name { get; } = name;

    public Type PluginType { get; } = pluginType;

    public PluginRun RunOn(IPlugin plugin) => run(plugin);

    public override string ToString() => Name;
}
