using System;
using System.IO;

namespace AdoptionPlugins.Testing;

/// <summary>Finds the repository and the shared folder beside it, failing loudly when either is missing.</summary>
public static class RepositoryFolders
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary>A path inside the repository.</summary>
    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path inside ../shared, which CI links beside the clone; throws when the folder or the entry is missing.</summary>
    public static string InShared(params string[] parts)
    {
        var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        if (!Directory.Exists(shared))
        {
            throw new DirectoryNotFoundException(
                $"The shared folder was not found at {shared}. Link it beside the clone: ln -s <path-to-shared> {shared}");
        }

        var path = Path.Combine([shared, .. parts]);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} does not exist in the shared folder.", path);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AdoptionPlugins.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above {AppContext.BaseDirectory} contains AdoptionPlugins.sln; run the tests from inside the repository.");
    }
}
