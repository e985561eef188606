using System;
using System.IO;
using System.Text;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>An unpacked solution tree in a fresh temporary folder, deleted on dispose, so parallel tests never share one.</summary>
public sealed class TemporarySolution : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("adoption-emulator-solution-");

    public string Path => _folder.FullName;

    public void Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Encoding.UTF8);
    }

    public void Write(StepRegistration step) => StepRegistrationXml.WriteTo(Path, step);

    public void Dispose() => _folder.Delete(recursive: true);
}
