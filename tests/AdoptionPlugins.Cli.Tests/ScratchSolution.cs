using System;
using System.IO;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Cli.Tests;

/// <summary>A copy of our solution/Other files in a temporary folder with room for output, deleted on dispose.</summary>
public sealed class ScratchSolution : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("adoption-cli-tests-");

    public ScratchSolution()
    {
        foreach (var file in new[] { "Solution.xml", "Customizations.xml" })
        {
            Write(System.IO.Path.Combine("Other", file), File.ReadAllText(RepositoryFolders.InRepository("solution", "Other", file)));
        }
    }

    public string Path => System.IO.Path.Combine(_root.FullName, "solution");

    public string OutputFolder => System.IO.Path.Combine(_root.FullName, "out");

    public void Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => _root.Delete(recursive: true);
}
