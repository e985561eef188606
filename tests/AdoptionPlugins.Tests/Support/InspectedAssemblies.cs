using System;
using System.IO;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Paths of the assemblies the tests inspect without loading them.</summary>
public static class InspectedAssemblies
{
    /// <summary>The net462 AdoptionPlugins.dll, as packed into the solution.</summary>
    public static string DataversePlugin => Existing(Path.Combine(AppContext.BaseDirectory, "dataverse", "AdoptionPlugins.dll"));

    public static string PlantedWrongPlugin => Existing(Path.Combine(AppContext.BaseDirectory, "planted", "PlantedWrongPlugin.dll"));

    private static string Existing(string path) => File.Exists(path)
        ? path
        : throw new FileNotFoundException($"{path} was not built; build the test project, which copies it there.", path);
}
