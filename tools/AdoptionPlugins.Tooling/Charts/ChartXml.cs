using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;
using static AdoptionPlugins.Tooling.Registrations.RegistrationXml;

namespace AdoptionPlugins.Tooling.Charts;

/// <summary>
/// Reads and writes <c>Entities/&lt;Table&gt;/Visualizations/{ID}.xml</c> with the elements, order and upper-case ids of MED's exported
/// charts. The reader fails with the file named on anything a writer would lose.
/// </summary>
public static class ChartXml
{
    public const string Folder = "Visualizations";

    private static readonly string[] Children =
    [
        "savedqueryvisualizationid", "datadescription", "presentationdescription", "isdefault", "LocalizedNames", "Descriptions",
        "IsCustomizable", "IntroducedVersion", "CanBeDeleted",
    ];

    public static string RelativePathOf(string tableSchemaName, Guid chartId) =>
        $"{EntityXml.Folder}/{tableSchemaName}/{Folder}/{BracedId(chartId)}.xml";

    /// <summary>Every chart of every table under <paramref name="solutionFolder"/>, ordered by path.</summary>
    public static ValueList<ChartDefinition> ReadSolution(string solutionFolder)
    {
        var entities = Path.Combine(solutionFolder, EntityXml.Folder);
        var paths = Directory.Exists(entities)
            ? Directory.GetDirectories(entities).SelectMany(table => Files(Path.Combine(table, Folder))).Order(StringComparer.Ordinal).ToArray()
            : [];
        return paths.Select(path => ReadFile(path, RelativePath(solutionFolder, path))).ToValueList();
    }

    /// <summary>Reads one chart; it must be named after its id and sit in the folder of the table its FetchXML queries.</summary>
    public static ChartDefinition ReadFile(string path, string source)
    {
        var tableFolder = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path))))!;
        var chart = Read(LoadRoot(path, source, "visualization"), tableFolder, source);
        var fileName = Path.GetFileNameWithoutExtension(path);
        if (!Guid.TryParse(fileName, out var fileId) || fileId != chart.Id)
        {
            throw Error(source, $"the file is named {fileName} but its savedqueryvisualizationid is {BracedId(chart.Id)}; name it {BracedId(chart.Id)}.xml");
        }

        var queried = XElement.Parse(chart.FetchXml).Element("entity")?.Attribute("name")?.Value;
        return string.Equals(queried, chart.TableLogicalName, StringComparison.Ordinal)
            ? chart
            : throw Error(source, $"the chart queries {queried} but sits in the folder of {tableFolder}; a chart belongs to the table it counts");
    }

    public static ChartDefinition Read(XElement visualization, string tableSchemaName, string source)
    {
        ArgumentNullException.ThrowIfNull(visualization);
        RequireOnlyKnownChildren(visualization, Children, source);
        var data = visualization.Element("datadescription")?.Element("datadefinition")
            ?? throw Error(source, "<datadescription><datadefinition> is missing; a chart needs its query");
        if (data.Element("fetchcollection")?.Elements("fetch").Count() != 1 || data.Element("categorycollection")?.Element("category") is null)
        {
            throw Error(source, "<datadefinition> needs one <fetchcollection><fetch> and a <categorycollection><category>");
        }

        return new ChartDefinition
        {
            Id = RequiredGuid(visualization, "savedqueryvisualizationid", source),
            TableSchemaName = tableSchemaName,
            Name = ExportXml.LabelText(visualization, "LocalizedNames") ?? throw Error(source, "<LocalizedNames> is missing; a chart has a name"),
            Description = ExportXml.LabelText(visualization, "Descriptions"),
            DataDescription = data.ToString(SaveOptions.DisableFormatting),
            PresentationDescription = (visualization.Element("presentationdescription")?.Element("Chart")
                ?? throw Error(source, "<presentationdescription><Chart> is missing; a chart needs its drawing")).ToString(SaveOptions.DisableFormatting),
            IsDefault = Flag(visualization, "isdefault", source, fallback: false),
            IsCustomizable = Flag(visualization, "IsCustomizable", source, fallback: true),
            IntroducedVersion = Text(visualization, "IntroducedVersion") ?? "1.0",
            CanBeDeleted = Flag(visualization, "CanBeDeleted", source, fallback: true),
        };
    }

    public static byte[] Write(ChartDefinition chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return ExportXml.ToBytes(new XElement(
            "visualization",
            ExportXml.XsiDeclaration,
            new XElement("savedqueryvisualizationid", BracedId(chart.Id)),
            new XElement("datadescription", Parse(chart.DataDescription, chart, "data description")),
            new XElement("presentationdescription", Parse(chart.PresentationDescription, chart, "presentation description")),
            ExportXml.Bit("isdefault", chart.IsDefault),
            ExportXml.Labels("LocalizedNames", "LocalizedName", chart.Name),
            chart.Description is null ? null : ExportXml.Labels("Descriptions", "Description", chart.Description),
            ExportXml.Bit("IsCustomizable", chart.IsCustomizable),
            new XElement("IntroducedVersion", chart.IntroducedVersion),
            ExportXml.Bit("CanBeDeleted", chart.CanBeDeleted)));
    }

    /// <summary>Writes each chart's file and returns the paths relative to the solution folder.</summary>
    public static IReadOnlyList<string> WriteTo(string solutionFolder, IEnumerable<ChartDefinition> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        return charts.Select(chart => ExportXml.WriteFile(solutionFolder, RelativePathOf(chart.TableSchemaName, chart.Id), Write(chart))).ToArray();
    }

    // MED's exports write chart ids in braces and upper case, in the file name and in the file.
    private static string BracedId(Guid id) => id.ToString("B", CultureInfo.InvariantCulture).ToUpperInvariant();

    private static XElement Parse(string xml, ChartDefinition chart, string what)
    {
        try
        {
            return XElement.Parse(xml);
        }
        catch (XmlException exception)
        {
            throw new ArgumentException($"Chart {chart.Name}: the {what} is not well-formed XML: {exception.Message}", nameof(chart), exception);
        }
    }

    private static string[] Files(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.xml") : [];
}
