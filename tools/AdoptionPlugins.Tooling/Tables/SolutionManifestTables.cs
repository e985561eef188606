using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>
/// The table entries of <c>Other/Solution.xml</c>'s <c>&lt;RootComponents&gt;</c>: <c>&lt;RootComponent type="1" schemaName="&lt;logical
/// name&gt;" behavior="0" /&gt;</c>, behavior 0 taking the table with all its columns, keys and views (solution-format 2).
/// </summary>
public static class SolutionManifestTables
{
    public const string ManifestPath = "Other/Solution.xml";

    private const string TableType = "1";

    /// <summary>The logical names of the tables the manifest lists, in file order.</summary>
    public static IReadOnlyList<string> Read(string solutionFolder)
    {
        var root = RegistrationXml.LoadRoot(Path.Combine(solutionFolder, ManifestPath), ManifestPath, "ImportExportXml");
        return RootComponents(root, ManifestPath).Elements("RootComponent")
            .Where(component => component.Attribute("type")?.Value == TableType)
            .Select(component => RegistrationXml.RequiredAttribute(component, "schemaName", ManifestPath))
            .ToArray();
    }

    /// <summary>
    /// Replaces the manifest's table entries with <paramref name="tableLogicalNames"/>, sorted, before every other root component,
    /// as exports list type 1 first. Other entries, the encoding, the byte order mark and the final newline are kept.
    /// </summary>
    public static void Write(string solutionFolder, IEnumerable<string> tableLogicalNames)
    {
        ArgumentNullException.ThrowIfNull(tableLogicalNames);
        var path = Path.Combine(solutionFolder, ManifestPath);
        var bytes = File.ReadAllBytes(path);
        var hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var endsWithNewline = bytes.Length > 0 && bytes[^1] == (byte)'\n';
        XDocument document;
        using (var stream = new MemoryStream(bytes))
        {
            document = XDocument.Load(stream, LoadOptions.None);
        }

        var components = RootComponents(document.Root!, ManifestPath);
        var others = components.Elements("RootComponent").Where(component => component.Attribute("type")?.Value != TableType).ToArray();
        var tables = tableLogicalNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(name =>
            new XElement("RootComponent", new XAttribute("type", TableType), new XAttribute("schemaName", name), new XAttribute("behavior", "0")));
        components.ReplaceNodes(tables.Concat(others));
        var serialized = ExportXml.Serialize(document, hasBom);
        File.WriteAllBytes(path, endsWithNewline ? [.. serialized, (byte)'\n'] : serialized);
    }

    private static XElement RootComponents(XElement root, string source) =>
        root.Element("SolutionManifest")?.Element("RootComponents")
            ?? throw RegistrationXml.Error(source, "<SolutionManifest><RootComponents> is missing");
}
