using System;
using System.IO;
using AdoptionPlugins.Tooling.Tests.Registrations;

namespace AdoptionPlugins.Tooling.Tests.Content;

/// <summary>Writes one file into a fresh temporary solution and reads it back with the reader the tools use.</summary>
public static class ReadBack
{
    /// <param name="writeTo">Writes the file under the given solution folder and returns its relative path.</param>
    /// <param name="readFile">Reads the file at the given path, naming it by the relative path in errors.</param>
    public static T Of<T>(Func<string, string> writeTo, Func<string, string, T> readFile)
    {
        ArgumentNullException.ThrowIfNull(writeTo);
        ArgumentNullException.ThrowIfNull(readFile);
        using var solution = new TemporarySolution();
        var relative = writeTo(solution.Path);
        return readFile(Path.Combine(solution.Path, relative), relative);
    }
}
