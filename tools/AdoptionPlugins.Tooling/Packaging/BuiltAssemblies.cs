using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdoptionPlugins.Tooling.Assemblies;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Packaging;

/// <summary>
/// Maps each plugin assembly the tree registers to the DLL the build produced, as SolutionPackager's map.xml maps a file to a
/// build output (solution-format 1): the DLL is never committed, and the one packed must be the identity the tree registers.
/// </summary>
public static class BuiltAssemblies
{
    /// <summary>
    /// Finds <c>&lt;Name&gt;.dll</c> in <paramref name="buildFolder"/> for every <c>PluginAssemblies/*/*.dll.data.xml</c> under
    /// <paramref name="solutionFolder"/>. The files are keyed by the registration's <c>FileName</c>; each DLL that is missing, is
    /// not an assembly, or has another identity than the registration's <c>FullName</c> gives one problem line instead.
    /// </summary>
    public static BuiltAssemblyMap Map(string solutionFolder, string buildFolder)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var missing = new List<string>();
        var mismatched = new List<string>();
        var dataFolder = Path.Combine(solutionFolder, PluginAssemblyXml.Folder);
        var dataFiles = Directory.Exists(dataFolder)
            ? Directory.GetFiles(dataFolder, "*.dll.data.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        foreach (var dataFile in dataFiles)
        {
            var source = Path.GetRelativePath(solutionFolder, dataFile).Replace('\\', '/');
            var registration = PluginAssemblyXml.ReadFile(dataFile, source);
            var dll = Path.Combine(buildFolder, registration.Name + ".dll");
            if (!File.Exists(dll))
            {
                missing.Add($"{source}: the built {registration.Name}.dll is not at {dll}; build the plugin project first");
                continue;
            }

            var problem = Check(registration, dll);
            if (problem is null)
            {
                files[registration.FileName] = File.ReadAllBytes(dll);
            }
            else
            {
                mismatched.Add($"{source}: {problem}");
            }
        }

        return new BuiltAssemblyMap(files, missing, mismatched);
    }

    private static string? Check(PluginAssemblyRegistration registration, string dll)
    {
        string identity;
        try
        {
            identity = PublicApiListing.ReadIdentity(dll);
        }
        catch (BadImageFormatException exception)
        {
            return $"{dll} is not a .NET assembly: {exception.Message}";
        }

        return string.Equals(identity, registration.FullName, StringComparison.Ordinal)
            ? null
            : $"registers {registration.FullName} but the built DLL at {dll} is {identity}; every step names the assembly by this identity, so they must match";
    }
}
