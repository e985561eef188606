using System;
using System.IO;
using System.Linq;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>
/// Every plugin registration in an unpacked solution: assemblies, steps and custom APIs. This is the one reader the emulator,
/// the attribute test and pack share, so all three see exactly what would be imported.
/// </summary>
public sealed record SolutionRegistrations
{
    public ValueList<PluginAssemblyRegistration> Assemblies { get; init; } = [];

    public ValueList<StepRegistration> Steps { get; init; } = [];

    public ValueList<CustomApiRegistration> CustomApis { get; init; } = [];

    /// <summary>
    /// Reads the tree under <paramref name="solutionFolder"/> (the folder holding <c>Other/</c>). A missing
    /// <c>PluginAssemblies</c>, <c>SdkMessageProcessingSteps</c> or <c>customapis</c> folder means none; every list is in
    /// ordinal path order. Bad content throws <see cref="InvalidDataException"/> naming the file and the problem.
    /// </summary>
    public static SolutionRegistrations Read(string solutionFolder)
    {
        if (!Directory.Exists(solutionFolder))
        {
            throw new DirectoryNotFoundException($"No solution folder at {solutionFolder}.");
        }

        return new SolutionRegistrations
        {
            Assemblies = FilesIn(solutionFolder, PluginAssemblyXml.Folder, "*.dll.data.xml", SearchOption.AllDirectories)
                .Select(path => PluginAssemblyXml.ReadFile(path, RegistrationXml.RelativePath(solutionFolder, path)))
                .ToValueList(),
            Steps = FilesIn(solutionFolder, StepRegistrationXml.Folder, "*.xml", SearchOption.TopDirectoryOnly)
                .Select(path => StepRegistrationXml.ReadFile(path, RegistrationXml.RelativePath(solutionFolder, path)))
                .ToValueList(),
            CustomApis = FoldersIn(solutionFolder, CustomApiXml.Folder)
                .Select(folder => CustomApiXml.ReadFolder(solutionFolder, folder))
                .ToValueList(),
        };
    }

    private static string[] FilesIn(string solutionFolder, string folder, string pattern, SearchOption search)
    {
        var path = Path.Combine(solutionFolder, folder);
        return Directory.Exists(path)
            ? Directory.GetFiles(path, pattern, search).Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    private static string[] FoldersIn(string solutionFolder, string folder)
    {
        var path = Path.Combine(solutionFolder, folder);
        return Directory.Exists(path) ? Directory.GetDirectories(path).Order(StringComparer.Ordinal).ToArray() : [];
    }
}
