using System;
using System.IO;
using System.Xml.Linq;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Cli.Tests;

/// <summary>
/// A copy of our solution/Other files without their root components (the components themselves are not copied), in a temporary
/// folder with room for output, deleted on dispose.
/// </summary>
public sealed class ScratchSolution : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("adoption-cli-tests-");

    public ScratchSolution()
    {
        Write(System.IO.Path.Combine("Other", "Customizations.xml"), File.ReadAllText(RepositoryFolders.InRepository("solution", "Other", "Customizations.xml")));
        var manifest = XDocument.Load(RepositoryFolders.InRepository("solution", "Other", "Solution.xml"));
        manifest.Root!.Element("SolutionManifest")!.Element("RootComponents")!.RemoveNodes();
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "Other"));
        manifest.Save(System.IO.Path.Combine(Path, "Other", "Solution.xml"));
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
