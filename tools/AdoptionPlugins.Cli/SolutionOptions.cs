using System.CommandLine;
using System.IO;

namespace AdoptionPlugins.Cli;

/// <summary>The options pack and validate share, with the defaults a clone of the repository gives them.</summary>
public static class SolutionOptions
{
    public const string DefaultConfiguration = "Release";

    /// <summary><paramref name="use"/> says what the verb does with the DLL: "packed", "checked".</summary>
    public static Option<string> Configuration(string use) =>
        new("--configuration", "-c")
        {
            Description = $"The build configuration whose plugin DLL is {use}: src/AdoptionPlugins/bin/<configuration>/net462.",
            DefaultValueFactory = _ => DefaultConfiguration,
        };

    /// <summary>The unpacked tree: the given folder, else solution/ of the repository around the current folder.</summary>
    public static string? SolutionFolder(DirectoryInfo? given) =>
        given?.FullName ?? InRepository("solution");

    /// <summary>
    /// Where the build of <paramref name="configuration"/> puts the net462 plugin DLL; outside a clone, the copy built with this tool
    /// (dataverse/ beside it).
    /// </summary>
    public static string BuildFolder(string configuration) =>
        InRepository("src", "AdoptionPlugins", "bin", configuration, "net462")
        ?? Path.GetDirectoryName(RepositoryLayout.DataversePluginAssembly)!;

    public static string? InRepository(params string[] parts) =>
        RepositoryLayout.RepositoryRoot() is { } root ? Path.Combine([root, .. parts]) : null;
}
