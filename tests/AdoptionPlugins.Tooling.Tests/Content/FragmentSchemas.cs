using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AdoptionPlugins.Testing;

namespace AdoptionPlugins.Tooling.Tests.Content;

/// <summary>
/// Validates one fragment against its own root schema from ../shared/schemas/dataverse, as solution-format 5 recommends for
/// FetchXML (Fetch.xsd), forms and dashboards (FormXml.xsd), site maps (SiteMap.xsd) and chart data (VisualizationDataDescription.xsd).
/// </summary>
public static class FragmentSchemas
{
    public const string Fetch = "Fetch.xsd";
    public const string Form = "FormXml.xsd";
    public const string SiteMap = "SiteMap.xsd";
    public const string ChartData = "VisualizationDataDescription.xsd";

    private static readonly ConcurrentDictionary<string, Lazy<XmlSchemaSet>> Sets = new(StringComparer.Ordinal);

    /// <summary>The errors and warnings of validating a copy of <paramref name="fragment"/>; empty means valid.</summary>
    public static IReadOnlyList<string> Problems(XElement fragment, string schemaFile)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        var set = Sets.GetOrAdd(schemaFile, file => new Lazy<XmlSchemaSet>(() => Load(file))).Value;
        var problems = new List<string>();
        new XDocument(new XElement(fragment)).Validate(set, (_, args) => problems.Add($"{args.Severity}: {args.Message}"), addSchemaInfo: false);
        return problems;
    }

    private static XmlSchemaSet Load(string schemaFile)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, RepositoryFolders.InShared("schemas", "dataverse", schemaFile));
        set.Compile();
        return set;
    }
}
