using System;
using System.IO;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Cli;

/// <summary>Default locations when the CLI runs from a clone: the built plugin beside the CLI, the shared folder beside the repository.</summary>
public static class RepositoryLayout
{
    public static string DataversePluginAssembly => Path.Combine(AppContext.BaseDirectory, "dataverse", "AdoptionPlugins.dll");

    /// <summary>Where deploy looks for the managed zip when --solution is not given: the one `pack` writes to out/ for this release, or null outside a repository.</summary>
    public static string? PackedManagedSolution()
    {
        var root = RepositoryRoot();
        return root == null ? null : Path.Combine(root, "out", SolutionPacker.ZipName("AdoptionPlugins", ReleaseVersion.Current, SolutionFlavour.Managed));
    }

    /// <summary>The repository that contains the current folder, or null when none does.</summary>
    public static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AdoptionPlugins.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>shared/xrm-sdk-api beside the repository that contains the current folder, or null when none is found.</summary>
    public static string? SdkListingsFolder() => InShared("xrm-sdk-api");

    /// <summary>shared/schemas/dataverse beside the repository that contains the current folder, or null when none is found.</summary>
    public static string? SchemasFolder() => InShared("schemas", "dataverse");

    private static string? InShared(params string[] parts)
    {
        var root = RepositoryRoot();
        if (root is null)
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine([root, "..", "shared", .. parts]));
        return Directory.Exists(folder) ? folder : null;
    }
}
