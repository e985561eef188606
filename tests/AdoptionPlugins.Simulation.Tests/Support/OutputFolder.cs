using System;
using System.IO;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>A fresh folder per test for a simulation's report and zips, deleted on dispose, so parallel tests never share files.</summary>
public sealed class OutputFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("adoption-simulation-tests-");

    public string Path => _folder.FullName;

    public bool Contains(string fileName) => File.Exists(System.IO.Path.Combine(Path, fileName));

    public void Dispose() => _folder.Delete(recursive: true);
}
