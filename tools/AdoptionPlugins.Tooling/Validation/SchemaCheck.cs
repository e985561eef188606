using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Xml.Schema;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// Validates customizations.xml against CustomizationsSolution.xsd with only the allowed deviations taken out, and each FetchXML,
/// form, dashboard, site map and chart definition against its own root XSD (solution-format 5).
/// </summary>
public static partial class SchemaCheck
{
    /// <summary>How many expected names an XSD message keeps; an entity's list runs to eighty.</summary>
    private const int ExpectedNamesShown = 6;

    /// <summary>
    /// Every schema error in <paramref name="customizations"/>, which this changes (the deviations are removed in place): pass a
    /// document read for this check alone. Warnings are not problems: they mark content the XSD leaves lax, such as a chart's
    /// presentation, which is checked where a root XSD exists.
    /// </summary>
    public static IReadOnlyList<ValidationProblem> Customizations(XDocument customizations, DataverseSchemas schemas)
    {
        ArgumentNullException.ThrowIfNull(customizations);
        ArgumentNullException.ThrowIfNull(schemas);
        SchemaDeviations.Normalize(customizations);
        var fragments = Fragments(customizations, schemas).ToArray();
        var separately = fragments.Select(fragment => fragment.Element).ToHashSet();
        var problems = new List<ValidationProblem>();
        customizations.Validate(
            schemas.Customizations,
            (sender, args) =>
            {
                if (args.Severity == XmlSeverityType.Error && sender is XObject node && !InsideAny(node, separately))
                {
                    problems.Add(ValidationProblem.At(node, Describe(args.Message, DataverseSchemas.CustomizationsFile)));
                }
            });
        foreach (var (element, set, rootName, file) in fragments)
        {
            element.Validate(
                DataverseSchemas.Element(set, rootName),
                set,
                (sender, args) =>
                {
                    if (args.Severity == XmlSeverityType.Error && sender is XObject node)
                    {
                        problems.Add(ValidationProblem.At(node, Describe(args.Message, file)));
                    }
                });
        }

        return problems;
    }

    /// <summary>Each fragment with its own root XSD: views' and charts' <c>fetch</c>, forms' and dashboards' <c>form</c>, site maps, chart definitions.</summary>
    private static IEnumerable<(XElement Element, XmlSchemaSet Set, string RootName, string File)> Fragments(XDocument customizations, DataverseSchemas schemas)
    {
        foreach (var element in customizations.Descendants())
        {
            var parent = element.Parent?.Name.LocalName;
            switch (element.Name.LocalName)
            {
                case "fetch" when parent is "fetchxml" or "fetchcollection":
                    yield return (element, schemas.Fetch, "fetch", "Fetch.xsd");
                    break;
                case "form" when parent is "systemform" or "forms":
                    yield return (element, schemas.Form, "form", "FormXml.xsd");
                    break;
                case "SiteMap" when parent is "AppModuleSiteMap" or "SiteMap":
                    yield return (element, schemas.SiteMap, "SiteMap", "SiteMap.xsd");
                    break;
                case "datadefinition" when parent is "datadescription":
                    yield return (element, schemas.Visualization, "datadefinition", "VisualizationDataDescription.xsd");
                    break;
            }
        }
    }

    private static bool InsideAny(XObject node, HashSet<XElement> fragments)
    {
        var element = node as XElement ?? node.Parent;
        return element != null && element.AncestorsAndSelf().Any(fragments.Contains);
    }

    /// <summary>The XSD's message, its list of expected names cut short, and the schema that says so.</summary>
    private static string Describe(string message, string schemaFile)
    {
        var shortened = ExpectedList().Replace(message, match =>
        {
            var names = match.Groups["names"].Value.Split(", ");
            return names.Length <= ExpectedNamesShown
                ? match.Value
                : $"{match.Groups["lead"].Value}'{string.Join(", ", names.Take(ExpectedNamesShown))}, … ({names.Length - ExpectedNamesShown} more)'.";
        });
        return $"{shortened.TrimEnd('.')} ({schemaFile})";
    }

    [GeneratedRegex("(?<lead>List of possible elements expected: )'(?<names>[^']*)'( as well as [^.]*)?\\.")]
    private static partial Regex ExpectedList();
}
