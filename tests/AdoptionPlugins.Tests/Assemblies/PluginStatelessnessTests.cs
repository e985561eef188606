using System;
using System.Linq;
using System.Reflection;
using AdoptionPlugins.Plugins;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Assemblies;

public class PluginStatelessnessTests
{
    [Fact]
    public void PluginTypes_HoldOnlyReadonlyState()
    {
        var pluginTypes = typeof(PluginEntryPoint).Assembly.GetTypes().Where(type => typeof(IPlugin).IsAssignableFrom(type)).ToList();

        var mutable = pluginTypes.SelectMany(MutableFields).ToList();

        Assert.Contains(typeof(PluginEntryPoint), pluginTypes);
        Assert.True(mutable.Count == 0, "Plugin instances are shared across threads (dataverse-facts 1.3); mutable fields: " + string.Join(", ", mutable));
    }

    [Fact]
    public void PluginWithMutableField_IsCaught()
    {
        var mutable = MutableFields(typeof(PlantedCountingPlugin)).ToList();

        Assert.Equal(["PlantedCountingPlugin.LastCaller", "PlantedCountingPlugin._executions"], mutable.Order(StringComparer.Ordinal));
    }

    internal static System.Collections.Generic.IEnumerable<string> MutableFields(Type type)
    {
        for (var current = type; current != null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    yield return $"{current.Name}.{field.Name}";
                }
            }
        }
    }

    private sealed class PlantedCountingPlugin : IPlugin
    {
        public static Guid LastCaller;
        private int _executions;

        public void Execute(IServiceProvider serviceProvider)
        {
            _executions++;
            LastCaller = Guid.Empty;
        }
    }
}
