using System;
using System.IO;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>A fresh temporary folder per test, deleted on dispose, for unpacked solution trees.</summary>
public sealed class TemporaryFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("adoption-emulator-");

    public string Path => _folder.FullName;

    /// <summary>Writes UTF-8 text at a path relative to the folder, creating the folders on the way.</summary>
    public void Write(string relativePath, string text)
    {
        var path = System.IO.Path.Join(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
