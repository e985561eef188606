using System;
using System.IO;
using System.Text;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tests.Registrations;

/// <summary>An unpacked solution tree in its own fresh temporary folder, deleted on dispose, so parallel tests never share one.</summary>
public sealed class TemporarySolution : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("adoption-registrations-tests-");

    public string Path => _folder.FullName;

    /// <summary>Writes <paramref name="text"/> as UTF-8 to a path relative to the solution folder, creating folders on the way.</summary>
    public void Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Encoding.UTF8);
    }

    public void Write(StepRegistration step) => StepRegistrationXml.WriteTo(Path, step);

    /// <summary>Writes the step's XML under another name than its own.</summary>
    public void Write(string relativePath, StepRegistration step) => Write(relativePath, XmlOf(step));

    /// <summary>Writes the step, then replaces <paramref name="find"/> in its XML, to make one thing about it wrong.</summary>
    public void WriteBroken(StepRegistration step, string find, string replacement)
    {
        var xml = XmlOf(step);
        if (!xml.Contains(find, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The written step has no '{find}' to replace:\n{xml}", nameof(find));
        }

        Write(step.RelativePath, xml.Replace(find, replacement, StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static string XmlOf(StepRegistration step) => Encoding.UTF8.GetString(StepRegistrationXml.Write(step)).TrimStart('\uFEFF');
}
