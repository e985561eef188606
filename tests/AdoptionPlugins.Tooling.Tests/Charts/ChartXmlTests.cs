using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Charts;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Charts;

/// <summary>Chart files: MED's real charts read, ours read back equal with MED's element order, and broken ones name the problem.</summary>
public class ChartXmlTests
{
    private static string Media => RepositoryFolders.InShared(
        "solution-samples", "microsoft__Industry-Accelerator-Media", "CDS.solutions", "MediaContentProductionApps", "Extracts", "Base");

    [Fact]
    public void RealMediaCharts_ReadWithTheirTablesAndNames()
    {
        var charts = ChartXml.ReadSolution(Media);

        Assert.Equal(4, charts.Count);
        Assert.Contains(charts, chart => (chart.TableSchemaName, chart.Name, chart.Description) == ("msmedia_Show", "Shows by studio", "Shows by studio - pie chart"));
    }

    [Fact]
    public void EveryShippedChart_ReadsBackEqual()
    {
        using var solution = new TemporarySolution();
        ChartXml.WriteTo(solution.Path, AdoptionCharts.All);

        var read = ChartXml.ReadSolution(solution.Path);

        Assert.Equal(AdoptionCharts.All, read);
    }

    [Fact]
    public void WrittenChart_ListsTheElementsOfAMediaChartInItsOrder()
    {
        var real = XElement.Load(Directory.GetFiles(Path.Combine(Media, "Entities", "msmedia_Show", ChartXml.Folder)).Order(StringComparer.Ordinal).First());

        var written = XElement.Parse(Encoding.UTF8.GetString(ChartXml.Write(AdoptionCharts.StateByTeam)).TrimStart('\uFEFF'));

        Assert.Equal(real.Elements().Select(element => element.Name.LocalName), written.Elements().Select(element => element.Name.LocalName));
    }

    [Fact]
    public void ChartFileNamedAfterAnotherId_FailsSayingWhatToNameIt()
    {
        using var solution = new TemporarySolution();
        var chart = AdoptionCharts.StateByTeam;
        solution.Write(ChartXml.RelativePathOf(chart.TableSchemaName, Guid.Empty), Xml(chart));

        var error = Assert.Throws<InvalidDataException>(() => ChartXml.ReadSolution(solution.Path));

        Assert.Contains($"name it {chart.Id.ToString("B").ToUpperInvariant()}.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartInTheFolderOfAnotherTable_FailsNamingBoth()
    {
        using var solution = new TemporarySolution();
        var chart = AdoptionCharts.StateByTeam;
        solution.Write(ChartXml.RelativePathOf("adopt_LeavePeriod", chart.Id), Xml(chart));

        var error = Assert.Throws<InvalidDataException>(() => ChartXml.ReadSolution(solution.Path));

        Assert.EndsWith("the chart queries adopt_adoptionprofile but sits in the folder of adopt_LeavePeriod; a chart belongs to the table it counts", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<categorycollection>", "<categories>", "<datadefinition> needs one <fetchcollection><fetch> and a <categorycollection><category>")]
    [InlineData("<presentationdescription>", "<presentation>", "<visualization> has <presentation>, which this reader does not know")]
    [InlineData("<LocalizedNames>", "<Names>", "<visualization> has <Names>, which this reader does not know")]
    public void BrokenChart_FailsNamingFileAndProblem(string find, string replacement, string expected)
    {
        using var solution = new TemporarySolution();
        var chart = AdoptionCharts.StateByTeam;
        var path = ChartXml.RelativePathOf(chart.TableSchemaName, chart.Id);
        var xml = Xml(chart).Replace(find, replacement, StringComparison.Ordinal).Replace(find.Insert(1, "/"), replacement.Insert(1, "/"), StringComparison.Ordinal);
        solution.Write(path, xml);

        var error = Assert.Throws<InvalidDataException>(() => ChartXml.ReadSolution(solution.Path));

        Assert.StartsWith($"{path}: {expected}", error.Message, StringComparison.Ordinal);
    }

    private static string Xml(ChartDefinition chart) => Encoding.UTF8.GetString(ChartXml.Write(chart)).TrimStart('\uFEFF');
}
