using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using System.Xml.XPath;
using AdoptionPlugins.Tooling.Packaging;
using AdoptionPlugins.Tooling.Tests.Support;
using AdoptionPlugins.Tooling.Validation;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Validation;

public class SchemaCheckTests
{
    public static TheoryData<string> ManagedExports => [.. EducationExports.Names()];

    public static TheoryData<string> CleanSampleTrees => [SampleTrees.BusinessApprovals, SampleTrees.Media, SampleTrees.Devkeydet];

    [Theory]
    [MemberData(nameof(ManagedExports))]
    public void RealManagedExport_PassesWithTheAllowList(string export)
    {
        var customizations = Load(EducationExports.File(export, "customizations.xml"));

        var problems = SchemaCheck.Customizations(customizations, SharedSchemas.Load());

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(CleanSampleTrees))]
    public void RealUnpackedExport_FoldedAsPackFoldsIt_PassesWithTheAllowList(string sample)
    {
        using var samples = new SampleTrees();

        var problems = SchemaCheck.Customizations(Fold(samples.Copy(sample)), SharedSchemas.Load());

        Assert.Empty(problems);
    }

    [Fact]
    public void AutomationKit_FailsOnlyOnWhatWeDoNotAllow_PowerBiDashboardsPackageStepsAndViewsTheSampleLacks()
    {
        using var samples = new SampleTrees();

        var problems = SchemaCheck.Customizations(Fold(samples.Copy(SampleTrees.AutomationKit)), SharedSchemas.Load());

        Assert.All(problems, problem => Assert.True(
            problem.Message.Contains("'powerbi'", StringComparison.Ordinal)
            || problem.Message.Contains("'PowerBIReportId'", StringComparison.Ordinal)
            || problem.Message.Contains("'PluginTypeExportKey'", StringComparison.Ordinal)
            || problem.Message.StartsWith("The element 'SavedQueries' has incomplete content", StringComparison.Ordinal),
            problem.ToString()));
        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void EveryAllowedDeviation_OccursInARealExport()
    {
        using var samples = new SampleTrees();
        var exports = EducationExports.Names().Select(export => Load(EducationExports.File(export, "customizations.xml")))
            .Concat(SampleTrees.All.Select(sample => Fold(samples.Copy(sample))))
            .ToArray();

        var unseen = SchemaDeviations.All.Where(deviation => !exports.Any(export => Matches(export, deviation.XPath))).Select(deviation => deviation.XPath);

        Assert.Empty(unseen);
    }

    [Fact]
    public void UnknownElementInATable_IsReportedAtItsFileAndLine()
    {
        using var tree = new FixtureTree().WithTable().Replace($"Entities/{FixtureTree.Table}/Entity.xml", "<OwnershipTypeMask>", "<Colour>red</Colour><OwnershipTypeMask>");

        var problem = Assert.Single(Check(tree));

        Assert.Equal($"Entities/{FixtureTree.Table}/Entity.xml", problem.File);
        Assert.Equal(LineOf(tree, $"Entities/{FixtureTree.Table}/Entity.xml", "<Colour>"), problem.Line);
        Assert.StartsWith("The element 'entity' has invalid child element 'Colour'. List of possible elements expected:", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("more)' (CustomizationsSolution.xsd)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorAfterAnAllowedDeviation_IsNotHiddenByIt()
    {
        using var tree = new FixtureTree().WithTable().WithPluginAssembly().WithStep()
            .Replace(FixtureTree.StepFile, "<SdkMessageProcessingStepImages />", "<SdkMessageProcessingStepImages /><Colour />");

        var problem = Assert.Single(Check(tree));

        Assert.Equal(FixtureTree.StepFile, problem.File);
        Assert.Contains("invalid child element 'Colour'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ViewWithInvalidFetchXml_IsReportedAgainstFetchXsd()
    {
        using var tree = new FixtureTree().WithTable()
            .Replace($"Entities/{FixtureTree.Table}/SavedQueries/{FixtureTree.ViewId:B}.xml", "<order attribute=", "<sort attribute=");

        var problem = Assert.Single(Check(tree));

        Assert.Equal($"Entities/{FixtureTree.Table}/SavedQueries/{FixtureTree.ViewId:B}.xml", problem.File);
        Assert.StartsWith("The element 'entity' has invalid child element 'sort'", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("(Fetch.xsd)", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>A chart, a site map and a dashboard, each with one mistake only its own root XSD sees: file, content, error, schema.</summary>
    public static TheoryData<string, string, string, string> BrokenFragments =>
        new()
        {
            {
                $"Entities/{FixtureTree.Table}/Visualizations/{{8e385b6b-85ca-4b11-bacc-000d3a1d5465}}.xml",
                "<visualization><savedqueryvisualizationid>{8e385b6b-85ca-4b11-bacc-000d3a1d5465}</savedqueryvisualizationid><datadescription><datadefinition>"
                + "<fetchcollection><fetch mapping=\"logical\" aggregate=\"true\"><entity name=\"adopt_widget\"><attribute name=\"adopt_name\" alias=\"n\" groupby=\"true\" /></entity></fetch></fetchcollection>"
                + "</datadefinition></datadescription><isdefault>0</isdefault><LocalizedNames><LocalizedName description=\"Widgets\" languagecode=\"1033\" /></LocalizedNames></visualization>",
                "The element 'datadefinition' has incomplete content",
                "VisualizationDataDescription.xsd"
            },
            {
                "AppModuleSiteMaps/adopt_Adoption/AppModuleSiteMap.xml",
                "<AppModuleSiteMap><SiteMapUniqueName>adopt_Adoption</SiteMapUniqueName><SiteMap><Area Id=\"Adoption\"><Shelf /></Area></SiteMap>"
                + "<LocalizedNames><LocalizedName description=\"Adoption\" languagecode=\"1033\" /></LocalizedNames></AppModuleSiteMap>",
                "The element 'Area' has invalid child element 'Shelf'",
                "SiteMap.xsd"
            },
            {
                "Dashboards/{7e7993b7-86ca-4b11-bacc-000d3a1d5465}.xml",
                "<Dashboard><LocalizedNames><LocalizedName description=\"Adoption\" languagecode=\"1033\" /></LocalizedNames><FormId>{7e7993b7-86ca-4b11-bacc-000d3a1d5465}</FormId>"
                + "<IsCustomizable>1</IsCustomizable><IsDefault>0</IsDefault><FormXml><forms type=\"dashboard\"><form><panels /></form></forms></FormXml></Dashboard>",
                "The element 'form' has invalid child element 'panels'",
                "FormXml.xsd"
            },
        };

    [Theory]
    [MemberData(nameof(BrokenFragments))]
    public void BrokenFragment_IsReportedInItsFileAgainstItsOwnXsd(string file, string content, string error, string schema)
    {
        using var tree = new FixtureTree().WithTable();
        tree.Write(file, content);

        var problem = Assert.Single(Check(tree));

        Assert.Equal(file, problem.File);
        Assert.StartsWith(error, problem.Message, StringComparison.Ordinal);
        Assert.EndsWith($"({schema})", problem.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<ValidationProblem> Check(FixtureTree tree) =>
        SchemaCheck.Customizations(SolutionFolder.Fold(tree.Path, SolutionFlavour.Unmanaged, new Dictionary<string, byte[]>()).Customizations, SharedSchemas.Load());

    private static XDocument Fold(string tree) => SolutionFolder.Fold(tree, SolutionFlavour.Unmanaged, new Dictionary<string, byte[]>()).Customizations;

    private static XDocument Load(string path)
    {
        using var stream = File.OpenRead(path);
        return PackageXml.Load(stream, Path.GetFileName(path));
    }

    private static int LineOf(FixtureTree tree, string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(tree.Path, file)), line => line.Contains(text, StringComparison.Ordinal)) + 1;

    private static bool Matches(XDocument document, string xpath) => ((IEnumerable)document.XPathEvaluate(xpath)).Cast<object>().Any();
}
