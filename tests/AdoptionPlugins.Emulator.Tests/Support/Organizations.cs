using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Pipeline;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Short ways to register test plugins on an emulated organization and to read what they traced.</summary>
public static class Organizations
{
    /// <summary>Registers the step after adding its plug-in type's assembly, and returns it.</summary>
    public static StepRegistration Register(this EmulatedOrganization org, StepRegistration step, StepOptions? options = null)
    {
        org.Plugins.AddAssembly(typeof(Organizations).Assembly);
        org.Plugins.Register(step, options);
        return step;
    }

    /// <summary>Registers a custom API implemented by <typeparamref name="TPlugin"/>, and returns it.</summary>
    public static CustomApiRegistration Register<TPlugin>(this EmulatedOrganization org, CustomApiRegistration api)
        where TPlugin : IPlugin
    {
        org.Plugins.RegisterCustomApi(api, typeof(TPlugin));
        return api;
    }

    public static IReadOnlyList<PluginTrace> TracesOf<TPlugin>(this EmulatedOrganization org)
        where TPlugin : IPlugin => org.Traces.Of<TPlugin>();

    /// <summary>The value a plugin traced as "key=value"; null when it traced no such line.</summary>
    public static string? Value(this PluginTrace trace, string key) =>
        trace.Text.Split('\n').Select(line => line.TrimEnd('\r')).FirstOrDefault(line => line.StartsWith(key + "=", System.StringComparison.Ordinal))?[(key.Length + 1)..];

    /// <summary>The values of one key across traces, in execution order; "(missing)" where a trace has no such line.</summary>
    public static string[] Values(this IEnumerable<PluginTrace> traces, string key) => [.. traces.Select(t => t.Value(key) ?? "(missing)")];
}
