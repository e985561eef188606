using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;

namespace AdoptionPlugins.Tooling.Content;

/// <summary>
/// The root components of <c>Other/Solution.xml</c> beside the tables: reads them, and replaces the entries of the types the
/// content generator owns while keeping every other entry. Entries are kept in the order exports list them: by type compared as
/// text (1, 20, 29, 300, 60, 61, 62, 80, 9, 91 in BAK and AKC), then by id or name ignoring case.
/// </summary>
public static class SolutionManifestComponents
{
    public static IReadOnlyList<RootComponent> Read(string solutionFolder)
    {
        var root = RegistrationXml.LoadRoot(Path.Combine(solutionFolder, SolutionManifestTables.ManifestPath), SolutionManifestTables.ManifestPath, "ImportExportXml");
        return RootComponents(root).Elements("RootComponent").Select(Parse).ToArray();
    }

    /// <summary>Replaces the entries whose type is in <paramref name="ownedTypes"/> with <paramref name="components"/>, keeping the file's encoding and final newline.</summary>
    public static void Write(string solutionFolder, IEnumerable<RootComponent> components, IReadOnlyCollection<int> ownedTypes)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(ownedTypes);
        var added = components.ToArray();
        var stray = added.FirstOrDefault(component => !ownedTypes.Contains(component.Type));
        if (stray is not null)
        {
            throw new ArgumentException($"Root component type {stray.Type} is not one of the owned types {string.Join(", ", ownedTypes)}.", nameof(components));
        }

        var path = Path.Combine(solutionFolder, SolutionManifestTables.ManifestPath);
        var bytes = File.ReadAllBytes(path);
        var hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var endsWithNewline = bytes.Length > 0 && bytes[^1] == (byte)'\n';
        XDocument document;
        using (var stream = new MemoryStream(bytes))
        {
            document = XDocument.Load(stream, LoadOptions.None);
        }

        var container = RootComponents(document.Root!);
        var kept = container.Elements("RootComponent").Where(element => !ownedTypes.Contains(Parse(element).Type)).Select(element => (Element: element, Component: Parse(element)));
        var all = kept.Concat(added.Select(component => (Element: ToElement(component), Component: component)))
            .OrderBy(entry => entry.Component.Type.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ThenBy(entry => SortKey(entry.Component), StringComparer.OrdinalIgnoreCase)
            .Select(entry => entry.Element)
            .ToArray();
        container.ReplaceNodes(all);
        var serialized = ExportXml.Serialize(document, hasBom);
        File.WriteAllBytes(path, endsWithNewline ? [.. serialized, (byte)'\n'] : serialized);
    }

    private static string SortKey(RootComponent component) =>
        component.Id?.ToString("B", CultureInfo.InvariantCulture) ?? component.SchemaName ?? "";

    private static XElement ToElement(RootComponent component) =>
        new(
            "RootComponent",
            new XAttribute("type", component.Type.ToString(CultureInfo.InvariantCulture)),
            component.Id is { } id ? new XAttribute("id", id.ToString("B", CultureInfo.InvariantCulture)) : null,
            component.SchemaName is { } name ? new XAttribute("schemaName", name) : null,
            new XAttribute("behavior", "0"));

    private static RootComponent Parse(XElement element)
    {
        var typeText = RegistrationXml.RequiredAttribute(element, "type", SolutionManifestTables.ManifestPath);
        var type = ExportXml.ParseInt(typeText, "the type of a <RootComponent>", SolutionManifestTables.ManifestPath);
        var id = element.Attribute("id")?.Value is { } text ? RegistrationXml.ParseGuid(text, "the id of a <RootComponent>", SolutionManifestTables.ManifestPath) : (Guid?)null;
        return new RootComponent(type, id, element.Attribute("schemaName")?.Value);
    }

    private static XElement RootComponents(XElement root) =>
        root.Element("SolutionManifest")?.Element("RootComponents")
            ?? throw RegistrationXml.Error(SolutionManifestTables.ManifestPath, "<SolutionManifest><RootComponents> is missing");
}
