using System;
using System.IO;

namespace AdoptionPlugins.Cli;

/// <summary>Default locations when the CLI runs from a clone: the built plugin beside the CLI, the shared folder beside the repository.</summary>
public static class RepositoryLayout
{
    public static string DataversePluginAssembly => Path.Combine(AppContext.BaseDirectory, "dataverse", "AdoptionPlugins.dll");

    /// <summary>shared/xrm-sdk-api beside the repository that contains the current folder, or null when none is found.</summary>
    public static string? SdkListingsFolder()
    {
        var root = RepositoryRoot();
        var listings = root == null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "xrm-sdk-api"));
        return Directory.Exists(listings) ? listings : null;
    }

    /// <summary>Where deploy looks for the managed solution zip when --solution is not given: out/AdoptionPlugins_managed.zip in the repository, or null outside one.</summary>
    public static string? PackedManagedSolution()
    {
        var root = RepositoryRoot();
        return root == null ? null : Path.Combine(root, "out", "AdoptionPlugins_managed.zip");
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
}
