using System;
using System.IO;

namespace AdoptionPlugins.Cli.Tests.Support;

/// <summary>A fresh temporary folder per test, deleted on dispose, so parallel tests never share files.</summary>
public sealed class TemporaryFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("adoption-cli-tests-");

    public string Path => _folder.FullName;

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
