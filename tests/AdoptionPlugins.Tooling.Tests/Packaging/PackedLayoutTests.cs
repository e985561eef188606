using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Tooling.Packaging;
using AdoptionPlugins.Tooling.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Packaging;

public class PackedLayoutTests
{
    private static readonly Version Release = new(1, 0, 0, 0);

    [Fact]
    public void Zip_HoldsCustomizationsAndSolutionFirst_ThenTheFiles_ThenContentTypesLast()
    {
        using var tree = new FixtureTree().WithEverything();

        var zip = Pack(tree).ManagedZip;

        Assert.Equal(
            [
                "customizations.xml", "solution.xml",
                $"{FixtureTree.PluginAssemblyFolder}/AdoptionFixture.dll",
                $"customapis/{FixtureTree.CustomApi}/customapi.xml",
                "[Content_Types].xml",
            ],
            PackedZip.EntryNames(zip));
    }

    [Fact]
    public void PluginDll_IsTheBuiltOne_AtTheFileNameItsRegistrationGives()
    {
        using var tree = new FixtureTree().WithPluginAssembly();

        var zip = Pack(tree).ManagedZip;

        var built = File.ReadAllBytes(Path.Combine(tree.BuildFolder, "AdoptionFixture.dll"));
        Assert.Equal(built, PackedZip.Bytes(zip, $"{FixtureTree.PluginAssemblyFolder}/AdoptionFixture.dll"));
    }

    [Fact]
    public void TableFolder_IsFoldedIntoOneEntityHoldingItsViews()
    {
        using var tree = new FixtureTree().WithTable();

        var customizations = PackedZip.Xml(Pack(tree).ManagedZip, "customizations.xml");

        var entity = customizations.Root!.Element("Entities")!.Elements("Entity").Single();
        Assert.Equal(FixtureTree.Table, entity.Element("Name")!.Value);
        Assert.Equal(FixtureTree.ViewId.ToString("B"), entity.Element("SavedQueries")!.Element("savedqueries")!.Element("savedquery")!.Element("savedqueryid")!.Value);
        Assert.Empty(entity.Attributes());
    }

    [Fact]
    public void StepsContainerMissingFromTheSkeleton_IsAddedWhereExportsPutIt()
    {
        using var tree = new FixtureTree().WithPluginAssembly().WithStep();

        var customizations = PackedZip.Xml(Pack(tree).ManagedZip, "customizations.xml");

        var names = customizations.Root!.Elements().Select(element => element.Name.LocalName).ToList();
        Assert.Equal(names.IndexOf("SolutionPluginAssemblies") + 1, names.IndexOf("SdkMessageProcessingSteps"));
    }

    [Fact]
    public void ManagedZip_TakesAFormsManagedTwin_UnmanagedThePlainForm()
    {
        using var tree = new FixtureTree().WithTable();
        var form = $"Entities/{FixtureTree.Table}/FormXml/main/{{6a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d}}";
        tree.Write(form + ".xml", "<forms><systemform><formid>{6a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d}</formid><IntroducedVersion>plain</IntroducedVersion></systemform></forms>");
        tree.Write(form + "_managed.xml", "<forms><systemform><formid>{6a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d}</formid><IntroducedVersion>managed</IntroducedVersion></systemform></forms>");

        var result = Pack(tree);

        Assert.Equal("managed", FormVersion(result.ManagedZip));
        Assert.Equal("plain", FormVersion(result.UnmanagedZip));
    }

    [Fact]
    public void ManagedZip_ShipsEnvironmentVariableDefaultsOnly_UnmanagedAlsoTheValues()
    {
        using var tree = new FixtureTree();
        tree.Write("environmentvariabledefinitions/adopt_Sending/environmentvariabledefinition.xml", "<environmentvariabledefinition schemaname=\"adopt_Sending\" />");
        tree.Write("environmentvariabledefinitions/adopt_Sending/environmentvariablevalues.json", "{}");

        var result = Pack(tree);

        Assert.DoesNotContain(PackedZip.EntryNames(result.ManagedZip), name => name.EndsWith("environmentvariablevalues.json", StringComparison.Ordinal));
        Assert.Contains("environmentvariabledefinitions/adopt_Sending/environmentvariablevalues.json", PackedZip.EntryNames(result.UnmanagedZip));
    }

    [Fact]
    public void CloudFlow_IsAWorkflowInCustomizations_AndItsDefinitionAFileOfTheZip()
    {
        using var tree = new FixtureTree();
        const string Flow = "Workflows/AdoptionDailyEvaluation-0B1C2D3E-4F5A-4B6C-8D7E-9F0A1B2C3D4E.json";
        tree.Write(Flow, "{\"properties\":{}}");
        tree.Write(Flow + ".data.xml", $"<Workflow WorkflowId=\"{{0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e}}\" Name=\"Adoption daily evaluation\"><JsonFileName>/{Flow}</JsonFileName></Workflow>");

        var zip = Pack(tree).ManagedZip;

        Assert.Equal(File.ReadAllBytes(Path.Combine(tree.Path, Flow)), PackedZip.Bytes(zip, Flow));
        Assert.Equal($"/{Flow}", PackedZip.Xml(zip, "customizations.xml").Root!.Element("Workflows")!.Element("Workflow")!.Element("JsonFileName")!.Value);
        Assert.Contains("<Default Extension=\"json\" ContentType=\"application/octet-stream\" />", System.Text.Encoding.UTF8.GetString(PackedZip.Bytes(zip, "[Content_Types].xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void XmlFiles_AreWrittenAsExportsWriteThem_BomCrlfAndNoFinalNewline()
    {
        using var tree = new FixtureTree().WithTable();

        var bytes = PackedZip.Bytes(Pack(tree).ManagedZip, "customizations.xml");

        var text = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<ImportExportXml", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.EndsWith("</ImportExportXml>", text, StringComparison.Ordinal);
    }

    private static PackResult Pack(FixtureTree tree) => SolutionPacker.Pack(new PackRequest(tree.Path, tree.BuildFolder, tree.OutputFolder, Release));

    private static string FormVersion(string zip) =>
        PackedZip.Xml(zip, "customizations.xml").Descendants("systemform").Single().Element("IntroducedVersion")!.Value;
}
