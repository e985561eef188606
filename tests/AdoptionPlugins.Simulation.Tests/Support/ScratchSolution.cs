using System;
using System.IO;
using AdoptionPlugins.Simulation.Contract;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>A copy of solution/ without some of its folders, by default the daily evaluation's custom API, in a temporary folder deleted on dispose.</summary>
public sealed class ScratchSolution : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("adoption-simulation-solution-");

    public ScratchSolution()
        : this(System.IO.Path.Combine("customapis", EvaluationApi.Name))
    {
    }

    /// <param name="without">Folders of the solution, relative to it, that the copy leaves out when the solution has them.</param>
    public ScratchSolution(params string[] without)
    {
        Copy(new DirectoryInfo(RepositoryFolders.InRepository("solution")), Path);
        foreach (var folder in without)
        {
            var path = System.IO.Path.Combine(Path, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
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
