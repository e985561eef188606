using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Charts;
using AdoptionPlugins.Tooling.Dashboards;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Tests.Content;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Dashboards;

/// <summary>The dashboard file: reads back equal, has MED's shape, validates as a form, and every part points at a shipped view or chart.</summary>
public class DashboardXmlTests
{
    private static string MediaDashboard => RepositoryFolders.InShared(
        "solution-samples", "microsoft__Industry-Accelerator-Media", "CDS.solutions", "MediaContentProductionApps", "Extracts", "Base",
        "Dashboards", "{7e7993b7-86ca-eb11-bacc-000d3a1d5465}.xml");

    [Fact]
    public void RealMediaDashboard_ReadsItsChartsAndViews()
    {
        var dashboard = DashboardXml.ReadFile(MediaDashboard, "MED dashboard");

        Assert.Equal(("Media CPM Dashboard", 2, 6), (dashboard.Name, dashboard.Rows.Count, dashboard.Rows.Sum(row => row.Count)));
        Assert.All(dashboard.Rows.SelectMany(row => row), component => Assert.True(component.IsChart));
    }

    public static TheoryData<string> ShippedDashboards => [.. AdoptionDashboard.All.Select(dashboard => dashboard.Name)];

    [Theory]
    [MemberData(nameof(ShippedDashboards))]
    public void ShippedDashboard_ReadsBackEqual(string name)
    {
        var dashboard = Shipped(name);

        var read = ReadBack.Of(folder => DashboardXml.WriteTo(folder, dashboard), DashboardXml.ReadFile);

        Assert.Equal(dashboard, read);
    }

    [Theory]
    [MemberData(nameof(ShippedDashboards))]
    public void ShippedDashboard_HasTheShapeOfTheMediaDashboard(string name)
    {
        var missing = ExportShape.Missing(File.ReadAllBytes(MediaDashboard), DashboardXml.Write(Shipped(name)));

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(ShippedDashboards))]
    public void ShippedDashboardForm_ValidatesAgainstFormXmlSchema(string name)
    {
        var form = XElement.Parse(Encoding.UTF8.GetString(DashboardXml.Write(Shipped(name))).TrimStart('\uFEFF')).Descendants("form").Single();

        var problems = FragmentSchemas.Problems(form, FragmentSchemas.Form);

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(ShippedDashboards))]
    public void EveryComponent_ShowsAShippedViewOfItsTableAndAShippedChartOfIt(string name)
    {
        var wrong = Shipped(name).Rows.SelectMany(row => row).Where(component =>
            ShippedTables.Definitions.FindTable(component.Table)?.Views.Any(view => view.Id == component.ViewId) != true
            || (component.ChartId is { } chart && AdoptionCharts.All.SingleOrDefault(candidate => candidate.Id == chart)?.TableLogicalName != component.Table));

        Assert.Empty(wrong.Select(component => component.Label));
    }

    [Fact]
    public void RowsOfDifferentWidths_AreNotWritten()
    {
        var dashboard = AdoptionDashboard.Dashboard with { Rows = [AdoptionDashboard.Dashboard.Rows[0], [AdoptionDashboard.Dashboard.Rows[1][0]]] };

        var error = Assert.Throws<ArgumentException>(() => DashboardXml.Write(dashboard));

        Assert.StartsWith("Dashboard CRM adoption: every row needs the same number of components, and at least one; the rows have 3, 1.", error.Message, StringComparison.Ordinal);
    }

    private static DashboardDefinition Shipped(string name) => AdoptionDashboard.All.Single(dashboard => dashboard.Name == name);
}
