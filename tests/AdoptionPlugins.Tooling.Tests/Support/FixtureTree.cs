using System;
using System.IO;
using System.Text;
using System.Xml.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tests.Support;

/// <summary>
/// A small unpacked solution in its own temporary folder, valid by default: our own <c>Other/</c> files with no root components, plus
/// what a test adds (a table with a view, a plugin assembly and its DLL, a step, a role, a custom API), each listed as a root
/// component the way an export lists it. Tests break one thing with <see cref="Replace"/> and expect exactly that to be reported.
/// </summary>
public sealed class FixtureTree : IDisposable
{
    public const string Table = "adopt_Widget";
    public const string TableLogicalName = "adopt_widget";
    public const string PluginType = "AdoptionFixture.Plugins.RecordWidget";
    public const string CustomApi = "adopt_EvaluateWidgets";
    public const string RoleName = "Widget Reader";

    public static readonly Guid AssemblyId = new("7c1e5a3b-2d4f-4e6a-8b9c-0d1e2f3a4b5c");
    public static readonly Guid PluginTypeId = new("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    public static readonly Guid StepId = new("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
    public static readonly Guid ViewId = new("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
    public static readonly Guid RoleId = new("4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80");

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("adoption-packaging-tests-");

    public FixtureTree()
    {
        Directory.CreateDirectory(Path);
        Directory.CreateDirectory(BuildFolder);
        Copy(System.IO.Path.Combine("Other", "Customizations.xml"));
        Copy(System.IO.Path.Combine("Other", "Solution.xml"));
        EditManifest(manifest => RootComponents(manifest).RemoveNodes());
    }

    /// <summary>The solution folder, the one that holds <c>Other/</c>.</summary>
    public string Path => System.IO.Path.Combine(_root.FullName, "solution");

    /// <summary>Where the fixture's plugin DLL is built, as <c>src/AdoptionPlugins/bin/Release/net462</c> is for ours.</summary>
    public string BuildFolder => System.IO.Path.Combine(_root.FullName, "build");

    /// <summary>A folder for zips and other output, deleted with the tree.</summary>
    public string OutputFolder => System.IO.Path.Combine(_root.FullName, "out");

    public static string PluginAssemblyFolder => $"PluginAssemblies/{FixturePluginDll.DefaultName}-{AssemblyId.ToString("D").ToUpperInvariant()}";

    public static string StepFile => StepRegistrationXml.RelativePathOf(StepId);

    /// <summary>The table <see cref="Table"/> with a name column and its public view.</summary>
    public FixtureTree WithTable()
    {
        Write($"Entities/{Table}/Entity.xml", FixtureXml.Entity(Table));
        Write($"Entities/{Table}/SavedQueries/{ViewId:B}.xml", FixtureXml.View(ViewId, TableLogicalName));
        return WithRootComponent(1, schemaName: Table);
    }

    /// <summary>The assembly <see cref="FixturePluginDll.DefaultName"/> registering <see cref="PluginType"/>, and its DLL in <see cref="BuildFolder"/>.</summary>
    public FixtureTree WithPluginAssembly(FixturePluginDll? dll = null)
    {
        dll ??= new FixturePluginDll().WithPlugin(PluginType);
        File.WriteAllBytes(System.IO.Path.Combine(BuildFolder, dll.Name + ".dll"), dll.Build());
        var identity = new FixturePluginDll().Identity();
        Write($"{PluginAssemblyFolder}/{FixturePluginDll.DefaultName}.dll.data.xml", FixtureXml.PluginAssembly(identity, AssemblyId, PluginType, PluginTypeId));
        return WithRootComponent(91, AssemblyId, identity);
    }

    /// <summary>A synchronous PostOperation step on Create of <see cref="Table"/> running <see cref="PluginType"/>.</summary>
    public FixtureTree WithStep()
    {
        var name = $"{PluginType}: Create of {TableLogicalName}";
        StepRegistrationXml.WriteTo(Path, new StepRegistration
        {
            Id = StepId,
            Name = name,
            Description = name,
            MessageName = "Create",
            SdkMessageId = SdkMessages.Create,
            PrimaryEntity = TableLogicalName,
            PluginTypeName = $"{PluginType}, {new FixturePluginDll().Identity()}",
            PluginTypeId = PluginTypeId,
            Stage = PipelineStage.PostOperation,
            Mode = StepMode.Synchronous,
            Rank = 1,
        });
        return WithRootComponent(92, StepId);
    }

    /// <summary>The role <see cref="RoleName"/>, which reads <see cref="Table"/> organization-wide.</summary>
    public FixtureTree WithRole()
    {
        Write($"Roles/{RoleName}.xml", FixtureXml.Role(RoleId, RoleName, $"prvRead{Table}"));
        return WithRootComponent(20, RoleId);
    }

    /// <summary>The custom API <see cref="CustomApi"/>, implemented by <see cref="PluginType"/>; exports list no root component for it.</summary>
    public FixtureTree WithCustomApi()
    {
        Write($"customapis/{CustomApi}/customapi.xml", FixtureXml.CustomApi(CustomApi, PluginTypeId));
        return this;
    }

    /// <summary>A table, a plugin assembly with a step on it, a role on it and a custom API: something of every kind validate links.</summary>
    public FixtureTree WithEverything() => WithTable().WithPluginAssembly().WithStep().WithRole().WithCustomApi();

    public FixtureTree WithRootComponent(int type, Guid? id = null, string? schemaName = null)
    {
        EditManifest(manifest => RootComponents(manifest).Add(new XElement(
            "RootComponent",
            new XAttribute("type", type),
            id is { } value ? new XAttribute("id", value.ToString("B")) : null,
            schemaName is null ? null : new XAttribute("schemaName", schemaName),
            new XAttribute("behavior", 0))));
        return this;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 at a path relative to the solution folder.</summary>
    public void Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    /// <summary>Replaces <paramref name="find"/> in a file of the tree, to make exactly one thing wrong; fails if it is not there.</summary>
    public FixtureTree Replace(string relativePath, string find, string replacement)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        var text = File.ReadAllText(path);
        if (!text.Contains(find, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{relativePath} has no '{find}' to replace:\n{text}", nameof(find));
        }

        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return this;
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static XElement RootComponents(XDocument manifest) => manifest.Root!.Element("SolutionManifest")!.Element("RootComponents")!;

    private void Copy(string relativePath)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(RepositoryFolders.InRepository("solution", relativePath), target);
    }

    private void EditManifest(Action<XDocument> edit)
    {
        var path = System.IO.Path.Combine(Path, "Other", "Solution.xml");
        var manifest = XDocument.Load(path);
        edit(manifest);
        manifest.Save(path);
    }
}
