using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>The packed managed EDU exports, extracted in ../shared/solution-samples (their binaries were not copied).</summary>
public static class EducationExports
{
    public static string Folder => RepositoryFolders.InShared("solution-samples", "microsoft__Industry-Accelerator-Education", "solutions");

    /// <summary>The folder names, <c>&lt;Name&gt;_managed.zip.extracted</c>.</summary>
    public static string[] Names() =>
        [.. Directory.GetDirectories(Folder, "*_managed.zip.extracted").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static string File(string name, string entry) => Path.Combine(Folder, name, entry);
}
