using System;
using System.IO;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>A copy of solution/ without one of its folders, in a temporary folder deleted on dispose.</summary>
public sealed class ScratchSolution : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("adoption-simulation-solution-");

    /// <param name="without">A folder of the solution, relative to it, that the copy leaves out.</param>
    public ScratchSolution(string without)
    {
        Copy(new DirectoryInfo(RepositoryFolders.InRepository("solution")), Path);
        Directory.Delete(System.IO.Path.Combine(Path, without), recursive: true);
    }

    public string Path => System.IO.Path.Combine(_root.FullName, "solution");

    public void Dispose() => _root.Delete(recursive: true);

    private static void Copy(DirectoryInfo from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in from.GetFiles())
        {
            file.CopyTo(System.IO.Path.Combine(to, file.Name));
        }

        foreach (var folder in from.GetDirectories())
        {
            Copy(folder, System.IO.Path.Combine(to, folder.Name));
        }
    }
}
