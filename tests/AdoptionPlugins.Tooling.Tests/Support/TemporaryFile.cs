using System;
using System.IO;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>A file in its own fresh temporary folder, deleted with the folder on dispose, so parallel tests never share one.</summary>
public sealed class TemporaryFile : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("adoption-tooling-tests-");

    public TemporaryFile(string fileName) => Path = System.IO.Path.Combine(_folder.FullName, fileName);

    public string Path { get; }

    public void Dispose() => _folder.Delete(recursive: true);
}
