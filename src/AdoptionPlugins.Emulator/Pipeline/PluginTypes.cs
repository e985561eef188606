using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// Finds a registration's plug-in type in the .NET assemblies given to the emulator, and builds an instance the way the platform
// does: with (unsecure, secure) configuration when that constructor exists, else (unsecure), else none (dataverse-facts 1.6).
internal static class PluginTypes
{
    public static Type Resolve(IEnumerable<Assembly> assemblies, string assemblyQualifiedName, string registeredBy)
    {
        var comma = assemblyQualifiedName.IndexOf(',', StringComparison.Ordinal);
        var typeName = (comma < 0 ? assemblyQualifiedName : assemblyQualifiedName[..comma]).Trim();
        var assemblyName = comma < 0 ? null : assemblyQualifiedName[(comma + 1)..].Split(',')[0].Trim();
        var candidates = assemblies.Where(a => assemblyName is null || string.Equals(a.GetName().Name, assemblyName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException(
                $"{registeredBy} runs '{typeName}' from assembly '{assemblyName}', which is not registered with the emulator; "
                + "pass that assembly to EmulatedOrganizationOptions.PluginAssemblies or PluginRegistry.AddAssembly.");
        }

        var type = candidates.Select(a => a.GetType(typeName, throwOnError: false)).FirstOrDefault(t => t is not null)
            ?? throw new InvalidOperationException($"{registeredBy} runs '{typeName}', which assembly '{assemblyName}' does not contain.");
        return typeof(IPlugin).IsAssignableFrom(type) && !type.IsAbstract
            ? type
            : throw new InvalidOperationException($"{registeredBy} runs '{typeName}', which is not a concrete IPlugin.");
    }

    // A constructor that throws fails every execution of the step with its own exception, as the platform reports it.
    public static IPlugin Construct(Type type, string? unsecure, string? secure)
    {
        var (constructor, arguments) =
            type.GetConstructor([typeof(string), typeof(string)]) is { } both ? (both, new object?[] { unsecure, secure })
            : type.GetConstructor([typeof(string)]) is { } one ? (one, [unsecure])
            : type.GetConstructor(Type.EmptyTypes) is { } none ? (none, [])
            : throw new InvalidOperationException($"Plug-in type '{type.FullName}' has no public constructor taking (string, string), (string) or nothing.");
        try
        {
            return (IPlugin)constructor.Invoke(arguments);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is { } inner)
        {
            ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }
}
