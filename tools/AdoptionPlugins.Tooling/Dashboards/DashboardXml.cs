using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Content;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Dashboards;

/// <summary>
/// Reads and writes <c>Dashboards/{id}.xml</c> in the shape of MED's exported classic dashboard: one tab, one section with a
/// column per component, each component a twelve-row cell holding the chart-and-grid control followed by eleven empty rows.
/// </summary>
public static class DashboardXml
{
    public const string Folder = "Dashboards";

    /// <summary>The chart-and-grid control every dashboard chart and list uses (solution-format 3, "Dashboard").</summary>
    public const string ChartGridControl = "{E7A81278-8635-4d9e-8D4D-59480B391C5B}";

    // A dashboard component is twelve rows high: its own row spans them, then eleven empty rows hold the space (MED).
    private const int ComponentRows = 12;

    private static readonly string[] Children = ["LocalizedNames", "Descriptions", "FormId", "IsCustomizable", "IsDefault", "FormXml", "IntroducedVersion", "IsTabletEnabled"];

    public static string RelativePathOf(Guid dashboardId) => $"{Folder}/{dashboardId.ToString("B", CultureInfo.InvariantCulture)}.xml";

    public static ValueList<DashboardDefinition> ReadSolution(string solutionFolder)
    {
        var folder = Path.Combine(solutionFolder, Folder);
        var paths = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).ToArray() : [];
        return paths.Select(path => ReadFile(path, RelativePath(solutionFolder, path))).ToValueList();
    }

    public static DashboardDefinition ReadFile(string path, string source)
    {
        var dashboard = Read(LoadRoot(path, source, "Dashboard"), source);
        var fileName = Path.GetFileNameWithoutExtension(path);
        return Guid.TryParse(fileName, out var fileId) && fileId == dashboard.Id
            ? dashboard
            : throw Error(source, $"the file is named {fileName} but its FormId is {dashboard.Id:B}; name it {dashboard.Id:B}.xml");
    }

    public static DashboardDefinition Read(XElement dashboard, string source)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        RequireOnlyKnownChildren(dashboard, Children, source);
        var form = dashboard.Element("FormXml")?.Element("forms")?.Element("form") ?? throw Error(source, "<FormXml><forms><form> is missing; a dashboard is a form");
        if (dashboard.Element("FormXml")!.Element("forms")!.Attribute("type")?.Value != "dashboard")
        {
            throw Error(source, "<forms type> is not dashboard; this reader knows classic dashboards");
        }

        return new DashboardDefinition
        {
            Id = RequiredGuid(dashboard, "FormId", source),
            Name = ExportXml.LabelText(dashboard, "LocalizedNames") ?? throw Error(source, "<LocalizedNames> is missing; a dashboard has a name"),
            Description = ExportXml.LabelText(dashboard, "Descriptions") ?? "",
            Rows = form.Descendants("row").Where(row => row.HasElements).Select(row => row.Elements("cell").Select(cell => ReadCell(cell, source)).ToValueList()).ToValueList(),
            IntroducedVersion = Text(dashboard, "IntroducedVersion") ?? "1.0",
            IsCustomizable = Flag(dashboard, "IsCustomizable", source, fallback: true),
        };
    }

    public static byte[] Write(DashboardDefinition dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var columns = dashboard.Rows.Select(row => row.Count).Distinct().ToArray();
        if (columns.Length != 1 || columns[0] == 0)
        {
            throw new ArgumentException($"Dashboard {dashboard.Name}: every row needs the same number of components, and at least one; the rows have {string.Join(", ", dashboard.Rows.Select(row => row.Count))}.", nameof(dashboard));
        }

        var owner = dashboard.Id;
        return ExportXml.ToBytes(new XElement(
            "Dashboard",
            ExportXml.XsiDeclaration,
            ExportXml.Labels("LocalizedNames", "LocalizedName", dashboard.Name),
            ExportXml.Labels("Descriptions", "Description", dashboard.Description),
            new XElement("FormId", dashboard.Id.ToString("B", CultureInfo.InvariantCulture)),
            ExportXml.Bit("IsCustomizable", dashboard.IsCustomizable),
            new XElement("IsDefault", "0"),
            new XElement(
                "FormXml",
                new XElement(
                    "forms",
                    new XAttribute("type", "dashboard"),
                    new XElement(
                        "form",
                        new XElement(
                            "tabs",
                            new XElement(
                                "tab",
                                new XAttribute("showlabel", "false"),
                                new XAttribute("verticallayout", "true"),
                                new XAttribute("id", ContentIds.PartOf(owner, "tab")),
                                ExportXml.Labels("labels", "label", "Tab"),
                                new XElement(
                                    "columns",
                                    new XElement(
                                        "column",
                                        new XAttribute("width", "100%"),
                                        new XElement(
                                            "sections",
                                            new XElement(
                                                "section",
                                                new XAttribute("showlabel", "false"),
                                                new XAttribute("showbar", "false"),
                                                new XAttribute("columns", new string('1', columns[0])),
                                                new XAttribute("id", ContentIds.PartOf(owner, "section")),
                                                ExportXml.Labels("labels", "label", "Section"),
                                                new XElement("rows", dashboard.Rows.SelectMany(row => WriteRow(row, owner)))))))))))),
            new XElement("IntroducedVersion", dashboard.IntroducedVersion),
            new XElement("IsTabletEnabled", "0")));
    }

    public static string WriteTo(string solutionFolder, DashboardDefinition dashboard) =>
        ExportXml.WriteFile(solutionFolder, RelativePathOf(dashboard.Id), Write(dashboard));

    private static IEnumerable<XElement> WriteRow(IEnumerable<DashboardComponent> components, Guid owner) =>
        new[] { new XElement("row", components.Select(component => WriteCell(component, owner))) }
            .Concat(Enumerable.Range(1, ComponentRows - 1).Select(_ => new XElement("row")));

    private static XElement WriteCell(DashboardComponent component, Guid owner)
    {
        var key = $"{component.Table}/{component.ViewId:N}/{component.ChartId:N}";
        return new XElement(
            "cell",
            new XAttribute("colspan", "1"),
            new XAttribute("rowspan", ComponentRows.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("showlabel", "false"),
            new XAttribute("id", ContentIds.PartOf(owner, "cell/" + key)),
            new XAttribute("auto", "false"),
            ExportXml.Labels("labels", "label", component.Label),
            new XElement(
                "control",
                new XAttribute("id", string.Concat("Component", ContentIds.PartOf(owner, "control/" + key).AsSpan(1, 7))),
                new XAttribute("uniqueid", ContentIds.PartOf(owner, "unique/" + key)),
                new XAttribute("classid", ChartGridControl),
                new XAttribute("indicationOfSubgrid", "true"),
                new XElement(
                    "parameters",
                    new XElement("TargetEntityType", component.Table),
                    new XElement("ChartGridMode", component.IsChart ? "Chart" : "Grid"),
                    new XElement("EnableQuickFind", "false"),
                    new XElement("EnableViewPicker", "false"),
                    new XElement("EnableJumpBar", "false"),
                    new XElement("RecordsPerPage", "10"),
                    new XElement("HeaderColorCode"),
                    new XElement("ViewId", component.ViewId.ToString("B", CultureInfo.InvariantCulture).ToUpperInvariant()),
                    new XElement("IsUserView", "false"),
                    new XElement("ViewIds"),
                    new XElement("AutoExpand", "Fixed"),
                    component.ChartId is { } chart ? new XElement("VisualizationId", chart.ToString("B", CultureInfo.InvariantCulture).ToUpperInvariant()) : null,
                    new XElement("IsUserChart", "false"),
                    new XElement("EnableChartPicker", "false"),
                    new XElement("RelationshipName"))));
    }

    private static DashboardComponent ReadCell(XElement cell, string source)
    {
        var parameters = cell.Element("control")?.Element("parameters") ?? throw Error(source, "a dashboard cell has no <control><parameters>");
        var chart = Text(parameters, "VisualizationId");
        return new DashboardComponent(
            ExportXml.LabelText(cell, "labels") ?? "",
            RequiredText(parameters, "TargetEntityType", source),
            RequiredGuid(parameters, "ViewId", source),
            string.IsNullOrEmpty(chart) ? null : ParseGuid(chart, "<VisualizationId>", source));
    }
}
