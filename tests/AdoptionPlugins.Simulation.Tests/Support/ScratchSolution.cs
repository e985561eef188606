using System;
using System.IO;
using AdoptionPlugins.Simulation.Contract;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>A copy of solution/ without the daily evaluation's custom API, in a temporary folder deleted on dispose.</summary>
public sealed class ScratchSolution : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("adoption-simulation-solution-");

    public ScratchSolution()
    {
        Copy(new DirectoryInfo(RepositoryFolders.InRepository("solution")), Path);
        var evaluation = System.IO.Path.Combine(Path, "customapis", EvaluationApi.Name);
        if (Directory.Exists(evaluation))
        {
            Directory.Delete(evaluation, recursive: true);
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
