using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Packaging;
using AdoptionPlugins.Tooling.Tests.Support;
using AdoptionPlugins.Tooling.Validation;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Validation;

/// <summary>Zips pack wrote, valid as written, and copies with exactly one thing wrong.</summary>
public class BrokenZipTests
{
    public static TheoryData<SolutionFlavour> Flavours => [SolutionFlavour.Unmanaged, SolutionFlavour.Managed];

    [Theory]
    [MemberData(nameof(Flavours))]
    public void OurOwnPackedZip_IsValid(SolutionFlavour flavour)
    {
        using var output = new FixtureTree();
        var zips = SolutionPacker.Pack(new PackRequest(RepositoryFolders.InRepository("solution"), BuiltPlugin.Folder, output.OutputFolder, ReleaseVersion.Current));

        var report = SolutionValidator.ValidateZip(flavour == SolutionFlavour.Managed ? zips.ManagedZip : zips.UnmanagedZip, SharedSchemas.Load());

        Assert.Empty(report.Problems);
    }

    [Theory]
    [MemberData(nameof(Flavours))]
    public void PackedFixtureWithEveryKindOfComponent_IsValid(SolutionFlavour flavour)
    {
        using var tree = new FixtureTree().WithEverything();

        var zip = Pack(tree, flavour);

        Assert.Empty(Problems(zip));
    }

    [Fact]
    public void ZipWithoutThePluginDll_NamesTheMissingFile()
    {
        using var tree = new FixtureTree().WithEverything();
        var zip = Pack(tree, SolutionFlavour.Managed);

        var line = Array.FindIndex(System.Text.Encoding.UTF8.GetString(PackedZip.Bytes(zip, "customizations.xml")).Split("\r\n"), text => text.Contains("<FileName>", StringComparison.Ordinal)) + 1;

        Edit(zip, archive => archive.GetEntry($"{FixtureTree.PluginAssemblyFolder}/AdoptionFixture.dll")!.Delete());

        Assert.Equal([$"customizations.xml:{line}: names /{FixtureTree.PluginAssemblyFolder}/AdoptionFixture.dll, which is not in the zip"], Problems(zip));
    }

    [Fact]
    public void ZipWithAFileNothingNames_SaysTheImportWouldIgnoreIt()
    {
        using var tree = new FixtureTree().WithTable();
        var zip = Pack(tree, SolutionFlavour.Managed);

        Edit(zip, archive => Add(archive, "Reports/adopt_extra.xml", "<report />"));

        Assert.Equal(["Reports/adopt_extra.xml: nothing in customizations.xml names this file, so the import would ignore it"], Problems(zip));
    }

    [Fact]
    public void ZipWithoutContentTypes_IsReported()
    {
        using var tree = new FixtureTree().WithTable();
        var zip = Pack(tree, SolutionFlavour.Managed);

        Edit(zip, archive => archive.GetEntry("[Content_Types].xml")!.Delete());

        Assert.Equal(["[Content_Types].xml: is missing; every solution zip has one at its root"], Problems(zip));
    }

    [Fact]
    public void ManagedZipWithEnvironmentVariableValues_IsReported()
    {
        using var tree = new FixtureTree();
        tree.Write("environmentvariabledefinitions/adopt_Sending/environmentvariabledefinition.xml", "<environmentvariabledefinition schemaname=\"adopt_Sending\" />");
        var zip = Pack(tree, SolutionFlavour.Managed);

        Edit(zip, archive => Add(archive, "environmentvariabledefinitions/adopt_Sending/environmentvariablevalues.json", "{}"));

        Assert.Equal(
            [
                "[Content_Types].xml: gives environmentvariabledefinitions/adopt_Sending/environmentvariablevalues.json no content type (no Default for its extension, no Override)",
                "environmentvariabledefinitions/adopt_Sending/environmentvariablevalues.json: a managed zip ships environment variable defaults only; values belong to each environment",
            ],
            Problems(zip));
    }

    [Fact]
    public void FileThatIsNoZip_IsOneProblem()
    {
        using var tree = new FixtureTree();
        Directory.CreateDirectory(tree.OutputFolder);
        var notAZip = Path.Combine(tree.OutputFolder, "AdoptionPlugins.zip");
        File.WriteAllText(notAZip, "not a zip");

        var problem = Assert.Single(Problems(notAZip));

        Assert.StartsWith("AdoptionPlugins.zip: not a zip file: ", problem, StringComparison.Ordinal);
    }

    private static string Pack(FixtureTree tree, SolutionFlavour flavour)
    {
        var zips = SolutionPacker.Pack(new PackRequest(tree.Path, tree.BuildFolder, tree.OutputFolder, new Version(1, 0, 0, 0)));
        return flavour == SolutionFlavour.Managed ? zips.ManagedZip : zips.UnmanagedZip;
    }

    private static void Edit(string zip, Action<ZipArchive> edit)
    {
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Update);
        edit(archive);
    }

    private static void Add(ZipArchive archive, string entry, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
        writer.Write(text);
    }

    private static string[] Problems(string zip) => [.. SolutionValidator.ValidateZip(zip, SharedSchemas.Load()).Problems.Select(problem => problem.ToString())];
}
