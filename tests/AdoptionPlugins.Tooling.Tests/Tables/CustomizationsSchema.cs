using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Tooling.Tests.Tables;

/// <summary>
/// Validates table XML against Microsoft's 9.0 <c>CustomizationsSolution.xsd</c> the way solution-format 5 recommends: nest the
/// unpacked files as a packed customizations.xml would hold them, remove only the documented deviations of real importable
/// exports from a copy, then validate the copy strictly.
/// </summary>
public static class CustomizationsSchema
{
    // Elements real 2021-2025 exports carry that the 9.0 schema predates (solution-format 5); nothing else is removed.
    private static readonly (string Parent, string Element)[] NewerElements =
    [
        ("attribute", "AutoNumberFormat"),
        ("attribute", "IsSearchable"),
        ("attribute", "IsFilterable"),
        ("attribute", "IsRetrievable"),
        ("attribute", "IsLocalizable"),
        ("entity", "IsRetrieveAuditEnabled"),
        ("entity", "IsRetrieveMultipleAuditEnabled"),
        ("entity", "IsSolutionAware"),
        ("entity", "IsMSTeamsIntegrationEnabled"),
        ("EntityRelationship", "CascadeArchive"),
        ("AppModule", "OptimizedFor"),
        ("AppModule", "statecode"),
        ("AppModule", "statuscode"),
        ("AppModule", "NavigationType"),
        ("AppModule", "appsettings"),
    ];

    // Attributes of the same kind (solution-format 5: option/@IsHidden).
    private static readonly (string Element, string Attribute)[] NewerAttributes = [("option", "IsHidden")];

    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>A packed customizations.xml holding the tables (each with its views) and the relationships.</summary>
    public static XDocument Packed(IEnumerable<XElement> entities, IEnumerable<XElement> relationships) =>
        new(new XElement(
            "ImportExportXml",
            new XElement("Entities", entities),
            new XElement("EntityRelationships", relationships),
            new XElement("Languages", new XElement("Language", "1033"))));

    /// <summary>An <c>&lt;Entity&gt;</c> from Entity.xml with its view files nested into <c>&lt;SavedQueries&gt;</c> as packing does.</summary>
    public static XElement EntityWithViews(XElement entity, IEnumerable<XElement> viewFiles)
    {
        var copy = new XElement(entity);
        copy.Element("SavedQueries")!.ReplaceNodes(new XElement("savedqueries", viewFiles.SelectMany(view => view.Elements("savedquery"))));
        return copy;
    }

    /// <summary>The schema errors and warnings of a copy without the documented deviations; empty means valid.</summary>
    public static IReadOnlyList<string> Problems(XDocument packed)
    {
        var copy = new XDocument(packed);
        foreach (var (parent, element) in NewerElements)
        {
            copy.Descendants(element).Where(node => node.Parent?.Name.LocalName == parent).ToList().ForEach(node => node.Remove());
        }

        foreach (var (element, attribute) in NewerAttributes)
        {
            copy.Descendants(element).Select(node => node.Attribute(attribute)).OfType<XAttribute>().ToList().ForEach(node => node.Remove());
        }

        var problems = new List<string>();
        copy.Validate(Schemas.Value, (_, args) => problems.Add($"{args.Severity}: {args.Message}"), addSchemaInfo: false);
        return problems;
    }

    public static XElement Load(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XElement.Load(stream);
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, RepositoryFolders.InShared("schemas", "dataverse", "CustomizationsSolution.xsd"));
        set.Compile();
        return set;
    }
}
