using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// Checks solution.xml's <c>RootComponents</c> against the components customizations.xml carries, both ways: every root component is
/// present, and every top-level component is a root component, since the solution owns (and an uninstall removes) only what it
/// lists (solution-format 2, dataverse-facts 8.1).
/// </summary>
internal static class RootComponentCheck
{
    /// <summary>The component types validate knows, with the element that carries each and how a root component names it.</summary>
    private static readonly ComponentKind[] Kinds =
    [
        new(1, "table", index => Named(index.Tables.Values.Select(table => table.Element), element => element.Element("Name")?.Value.Trim()), ByName: true),
        new(9, "global choice", index => Named(index.Root.Elements("optionsets").Elements("optionset"), element => (string?)element.Attribute("Name")), ByName: true),
        new(20, "security role", index => Named(index.Roles, element => (string?)element.Attribute("id")), ByName: false),
        new(29, "process or cloud flow", index => Named(index.Root.Elements("Workflows").Elements("Workflow"), element => (string?)element.Attribute("WorkflowId")), ByName: false),
        new(60, "dashboard", index => Named(index.Dashboards, element => element.Element("FormId")?.Value), ByName: false),
        new(61, "web resource", index => Named(index.Root.Elements("WebResources").Elements("WebResource"), element => element.Element("Name")?.Value), ByName: true),
        new(70, "field security profile", index => Named(index.FieldSecurityProfiles, element => (string?)element.Attribute("fieldsecurityprofileid")), ByName: false),
        new(62, "site map", index => Named(index.SiteMaps, element => element.Element("SiteMapUniqueName")?.Value), ByName: true),
        new(80, "model-driven app", index => Named(index.Apps, element => element.Element("UniqueName")?.Value), ByName: true),
        new(91, "plugin assembly", index => Named(index.Assemblies, element => (string?)element.Attribute("PluginAssemblyId")), ByName: false),
        new(92, "plugin step", index => Named(index.Steps, element => (string?)element.Attribute("SdkMessageProcessingStepId")), ByName: false),
    ];

    public static IEnumerable<ValidationProblem> Check(SolutionIndex index)
    {
        var roots = index.Package.Manifest.Root?.Element("SolutionManifest")?.Element("RootComponents")?.Elements("RootComponent").ToArray() ?? [];
        foreach (var unknown in roots.Where(root => KindOf(root) is null).GroupBy(root => (string?)root.Attribute("type")))
        {
            yield return ValidationProblem.At(
                unknown.First(),
                $"RootComponent type {unknown.Key} ({unknown.Count()} of them) is not a component type validate can check; it knows {string.Join(", ", Kinds.Select(kind => $"{kind.Type} {kind.Name}"))}",
                "solution.xml");
        }

        foreach (var root in roots.Where(root => KindOf(root) != null))
        {
            var problem = Resolve(index, root, KindOf(root)!);
            if (problem != null)
            {
                yield return ValidationProblem.At(root, problem, "solution.xml");
            }
        }

        foreach (var kind in Kinds)
        {
            var listed = roots.Where(root => (string?)root.Attribute("type") == kind.Type.ToString(CultureInfo.InvariantCulture))
                .Select(root => Key(root, kind)).ToArray();
            foreach (var (element, key) in kind.Components(index))
            {
                if (!listed.Any(candidate => Same(candidate, key, kind)))
                {
                    yield return ValidationProblem.At(
                        element,
                        $"the {kind.Name} {key} is not a RootComponent of type {kind.Type} in solution.xml, so the solution would not own it; add it there");
                }
            }
        }
    }

    private static ComponentKind? KindOf(XElement root) =>
        int.TryParse((string?)root.Attribute("type"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var type)
            ? Kinds.FirstOrDefault(kind => kind.Type == type)
            : null;

    private static string? Resolve(SolutionIndex index, XElement root, ComponentKind kind)
    {
        var type = kind.Type;
        var key = Key(root, kind);
        if (string.IsNullOrEmpty(key))
        {
            return $"RootComponent type {type} ({kind.Name}) needs {(kind.ByName ? "a schemaName" : "an id")}";
        }

        var components = kind.Components(index).ToArray();
        var match = components.FirstOrDefault(component => Same(key, component.Key, kind));
        if (match.Element is null)
        {
            return $"RootComponent type {type} ({kind.Name}) {key} is not in customizations.xml; the import would fail on a missing component";
        }

        // A plugin assembly is also named by its full name, which must be the registered identity (EDU CoreBusinessLogic solution.xml).
        var schemaName = (string?)root.Attribute("schemaName");
        var fullName = (string?)match.Element.Attribute("FullName");
        return type == 91 && schemaName != null && !string.Equals(schemaName, fullName, StringComparison.Ordinal)
            ? $"RootComponent type 91 names {schemaName} but the assembly {key} is {fullName}"
            : null;
    }

    private static string? Key(XElement root, ComponentKind kind) =>
        kind.ByName ? (string?)root.Attribute("schemaName") : (string?)root.Attribute("id");

    private static bool Same(string? listed, string? component, ComponentKind kind) =>
        listed != null && component != null
        && (kind.ByName
            ? string.Equals(listed, component, StringComparison.OrdinalIgnoreCase)
            : Guid.TryParse(listed, out var a) && Guid.TryParse(component, out var b) && a == b);

    private static IEnumerable<(XElement Element, string? Key)> Named(IEnumerable<XElement> elements, Func<XElement, string?> key) =>
        elements.Select(element => (element, key(element)));

    /// <summary>A component type code (solution-format 2), its name in messages, and how root components name it.</summary>
    private sealed record ComponentKind(int Type, string Name, Func<SolutionIndex, IEnumerable<(XElement Element, string? Key)>> Components, bool ByName);
}
