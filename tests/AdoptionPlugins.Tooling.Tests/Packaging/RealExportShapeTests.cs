using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Packaging;
using AdoptionPlugins.Tooling.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Packaging;

/// <summary>Our packed files against the packed managed EDU zips (extracted in ../shared): same element names, same order.</summary>
public class RealExportShapeTests
{
    public static TheoryData<string> ManagedSamples => [.. EducationExports.Names()];

    private static string CoreBusinessLogic => Path.Combine(EducationExports.Folder, "EducationCoreBusinessLogic_managed.zip.extracted");

    [Fact]
    public void SolutionXml_HasTheElementsAndAttributesOfARealManagedExport()
    {
        using var tree = new FixtureTree().WithEverything();

        var ours = PackedZip.Xml(Pack(tree), "solution.xml").Root!;

        var real = XDocument.Load(Path.Combine(CoreBusinessLogic, "solution.xml")).Root!;
        Assert.Equal(AttributeNames(real), AttributeNames(ours));
        Assert.Equal(ChildNames(real.Element("SolutionManifest")!), ChildNames(ours.Element("SolutionManifest")!));
        Assert.Equal(ChildNames(Publisher(real)), ChildNames(Publisher(ours)));
        Assert.Equal(ChildNames(Publisher(real).Element("Addresses")!.Element("Address")!), ChildNames(Publisher(ours).Element("Addresses")!.Element("Address")!));
    }

    [Theory]
    [MemberData(nameof(ManagedSamples))]
    public void CustomizationsXml_TopLevelElements_ComeInTheOrderOfARealManagedExport(string sample)
    {
        using var tree = new FixtureTree().WithEverything();

        var ours = ChildNames(PackedZip.Xml(Pack(tree), "customizations.xml").Root!);

        var real = ChildNames(XDocument.Load(EducationExports.File(sample, "customizations.xml")).Root!);
        Assert.Equal(real.Where(ours.Contains), ours.Where(real.Contains));
    }

    [Fact]
    public void PluginAssemblyAndStep_HaveTheElementsOfARealManagedExport()
    {
        using var tree = new FixtureTree().WithEverything();

        var ours = PackedZip.Xml(Pack(tree), "customizations.xml").Root!;

        var real = XDocument.Load(Path.Combine(CoreBusinessLogic, "customizations.xml")).Root!;
        Assert.Equal(Shape(Assembly(real)), Shape(Assembly(ours)));
        var realStep = Steps(real).First(step => step.Element("SdkMessageId") != null && step.Element("Configuration") is null && step.Element("SdkMessageProcessingStepImages")!.IsEmpty);
        Assert.Equal(Shape(realStep), Shape(Steps(ours).Single()));
    }

    [Fact]
    public void ContentTypes_BeginAsARealManagedExportsDo()
    {
        using var tree = new FixtureTree().WithEverything();

        var ours = PackedZip.Bytes(Pack(tree), "[Content_Types].xml");

        var real = File.ReadAllBytes(Path.Combine(CoreBusinessLogic, "[Content_Types].xml"));
        var realText = System.Text.Encoding.UTF8.GetString(real);
        var upToOverrides = System.Text.Encoding.UTF8.GetBytes(realText[..realText.IndexOf("<Override", StringComparison.Ordinal)]);
        Assert.Equal(upToOverrides, ours[..upToOverrides.Length]);
        Assert.Contains(
            $"<Override PartName=\"/customapis/{FixtureTree.CustomApi}/customapi.xml\" ContentType=\"application/octet-stream\" /></Types>",
            System.Text.Encoding.UTF8.GetString(ours),
            StringComparison.Ordinal);
    }

    private static string Pack(FixtureTree tree) => SolutionPacker.Pack(new PackRequest(tree.Path, tree.BuildFolder, tree.OutputFolder, new Version(1, 0, 0, 0))).ManagedZip;

    private static XElement Publisher(XElement solution) => solution.Element("SolutionManifest")!.Element("Publisher")!;

    private static XElement Assembly(XElement customizations) => customizations.Element("SolutionPluginAssemblies")!.Element("PluginAssembly")!;

    private static XElement[] Steps(XElement customizations) => [.. customizations.Element("SdkMessageProcessingSteps")!.Elements()];

    private static string[] ChildNames(XElement element) => [.. element.Elements().Select(child => child.Name.LocalName)];

    private static string[] AttributeNames(XElement element) =>
        [.. element.Attributes().Where(attribute => !attribute.IsNamespaceDeclaration).Select(attribute => attribute.Name.LocalName)];

    /// <summary>Attribute and element names of the element and its first child of each name, depth first: the structure, not the values.</summary>
    private static string[] Shape(XElement element) =>
        [
            .. AttributeNames(element).Select(name => "@" + name),
            .. element.Elements().GroupBy(child => child.Name.LocalName).Select(group => group.First())
                .SelectMany(child => Shape(child).Select(path => child.Name.LocalName + "/" + path).Prepend(child.Name.LocalName)),
        ];
}
