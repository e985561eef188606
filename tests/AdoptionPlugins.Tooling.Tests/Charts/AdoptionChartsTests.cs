using System;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Charts;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Content;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Charts;

/// <summary>The shipped charts are valid chart data, their axes name the query's groups and measures, and their tables carry them.</summary>
public class AdoptionChartsTests
{
    [Fact]
    public void EveryChart_DataValidatesAndItsQueryValidates()
    {
        var problems = AdoptionCharts.All.SelectMany(chart =>
            FragmentSchemas.Problems(XElement.Parse(chart.DataDescription), FragmentSchemas.ChartData).Where(problem => problem.StartsWith("Error", StringComparison.Ordinal))
                .Concat(FragmentSchemas.Problems(XElement.Parse(chart.FetchXml), FragmentSchemas.Fetch))
                .Select(problem => $"{chart.Name}: {problem}"));

        Assert.Empty(problems);
    }

    [Fact]
    public void EveryCategory_IsAGroupAndEveryMeasureAnAggregateOfTheQuery()
    {
        var wrong = AdoptionCharts.All.SelectMany(chart =>
        {
            var data = XElement.Parse(chart.DataDescription);
            var attributes = data.Descendants("attribute").ToDictionary(attribute => attribute.Attribute("alias")!.Value);
            var category = data.Descendants("category").Single().Attribute("alias")!.Value;
            var measures = data.Descendants("measure").Select(measure => measure.Attribute("alias")!.Value);
            return new[] { category }.Where(alias => !attributes.TryGetValue(alias, out var group) || group.Attribute("groupby")?.Value != "true")
                .Concat(measures.Where(alias => !attributes.TryGetValue(alias, out var measure) || measure.Attribute("aggregate") is null))
                .Select(alias => $"{chart.Name}: {alias}");
        });

        Assert.Empty(wrong);
    }

    [Fact]
    public void TablesWithCharts_AreTheTablesWithAVisualizationsPlaceholder()
    {
        var charted = AdoptionCharts.All.Select(chart => chart.TableSchemaName).Distinct().Order(StringComparer.Ordinal);

        var placeholders = ShippedTables.Definitions.Tables.Where(table => table.HasVisualizations).Select(table => table.SchemaName);

        Assert.Equal(charted, placeholders);
    }
}
