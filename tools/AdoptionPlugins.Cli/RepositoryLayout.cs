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
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AdoptionPlugins.sln")))
            {
                var listings = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "xrm-sdk-api"));
                return Directory.Exists(listings) ? listings : null;
            }
        }

        return null;
    }
}
