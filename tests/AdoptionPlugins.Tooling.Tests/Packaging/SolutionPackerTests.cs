using System;
using System.IO;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Packaging;
using AdoptionPlugins.Tooling.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Packaging;

public class SolutionPackerTests
{
    private static readonly Version Release = new(2, 1, 0, 7);

    [Fact]
    public void OurTree_PacksBothFlavoursStampedWithTheReleaseVersion()
    {
        using var output = new FixtureTree();
        var request = new PackRequest(RepositoryFolders.InRepository("solution"), BuiltPlugin.Folder, output.OutputFolder, ReleaseVersion.Current);

        var result = SolutionPacker.Pack(request);

        var version = ReleaseVersion.Current.ToString().Replace('.', '_');
        Assert.Equal($"AdoptionPlugins_{version}_managed.zip", Path.GetFileName(result.ManagedZip));
        Assert.Equal($"AdoptionPlugins_{version}.zip", Path.GetFileName(result.UnmanagedZip));
        Assert.Equal([ReleaseVersion.Current.ToString(), "1"], ManifestValues(result.ManagedZip));
        Assert.Equal([ReleaseVersion.Current.ToString(), "0"], ManifestValues(result.UnmanagedZip));
    }

    [Fact]
    public void PackingTheSameTreeTwice_GivesByteIdenticalZips()
    {
        using var tree = new FixtureTree().WithEverything();

        var first = SolutionPacker.Pack(new PackRequest(tree.Path, tree.BuildFolder, Path.Combine(tree.OutputFolder, "first"), Release));
        var second = SolutionPacker.Pack(new PackRequest(tree.Path, tree.BuildFolder, Path.Combine(tree.OutputFolder, "second"), Release));

        Assert.Equal(File.ReadAllBytes(first.ManagedZip), File.ReadAllBytes(second.ManagedZip));
        Assert.Equal(File.ReadAllBytes(first.UnmanagedZip), File.ReadAllBytes(second.UnmanagedZip));
    }

    [Fact]
    public void MissingPluginDll_FailsNamingTheRegistrationAndWritesNoZip()
    {
        using var tree = new FixtureTree().WithEverything();
        File.Delete(Path.Combine(tree.BuildFolder, FixturePluginDll.DefaultName + ".dll"));

        var error = Assert.Throws<FileNotFoundException>(() => SolutionPacker.Pack(new PackRequest(tree.Path, tree.BuildFolder, tree.OutputFolder, Release)));

        Assert.StartsWith($"{FixtureTree.PluginAssemblyFolder}/AdoptionFixture.dll.data.xml: the built AdoptionFixture.dll is not at ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; build the plugin project first", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tree.OutputFolder));
    }

    [Fact]
    public void PluginDllOfAnotherVersion_FailsBecauseEveryStepNamesTheRegisteredIdentity()
    {
        using var tree = new FixtureTree().WithPluginAssembly(new FixturePluginDll(version: new Version(1, 1, 0, 0)).WithPlugin(FixtureTree.PluginType));

        var error = Assert.Throws<InvalidDataException>(() => SolutionPacker.Pack(new PackRequest(tree.Path, tree.BuildFolder, tree.OutputFolder, Release)));

        Assert.Contains("registers AdoptionFixture, Version=1.0.0.0", error.Message, StringComparison.Ordinal);
        Assert.Contains("is AdoptionFixture, Version=1.1.0.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThePackerDoesNotKnow_FailsInsteadOfBeingLeftOut()
    {
        using var tree = new FixtureTree().WithTable();
        tree.Write("Entities/adopt_Widget/notes.txt", "remember the views");

        var error = Assert.Throws<InvalidDataException>(() => SolutionPacker.Pack(new PackRequest(tree.Path, tree.BuildFolder, tree.OutputFolder, Release)));

        Assert.StartsWith("Entities/adopt_Widget/notes.txt: pack does not know where this file goes in a solution zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSolutionFolder_FailsNamingIt()
    {
        using var tree = new FixtureTree();
        var missing = Path.Combine(tree.OutputFolder, "no-solution");

        var error = Assert.Throws<DirectoryNotFoundException>(() => SolutionPacker.Pack(new PackRequest(missing, tree.BuildFolder, tree.OutputFolder, Release)));

        Assert.Equal($"No solution folder at {missing}.", error.Message);
    }

    private static string[] ManifestValues(string zip)
    {
        var manifest = PackedZip.Xml(zip, "solution.xml").Root!.Element("SolutionManifest")!;
        return [manifest.Element("Version")!.Value, manifest.Element("Managed")!.Value];
    }
}
