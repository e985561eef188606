using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Packaging;

namespace AdoptionPlugins.Tooling.Validation;

/// <summary>
/// What the cross-reference and prefix checks need to know about a packed solution, read once from its customizations.xml: the
/// tables with their columns, and the ids and names of every other component. It parses only what validation needs; the tables
/// and roles readers of other tools own the full models.
/// </summary>
internal sealed class SolutionIndex
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;

    public SolutionIndex(SolutionPackage package)
    {
        Package = package;
        Root = package.Customizations.Root!;
        Prefix = package.PublisherPrefix ?? string.Empty;
        Tables = Root.Elements("Entities").Elements("Entity")
            .Select(entity => new IndexedTable(entity))
            .GroupBy(table => table.Name, Names)
            .ToDictionary(group => group.Key, group => group.First(), Names);
        Relationships = [.. Root.Elements("EntityRelationships").Elements("EntityRelationship")];
        Roles = Root.Elements("Roles").Elements("Role").ToArray();
        FieldSecurityProfiles = Root.Elements("FieldSecurityProfiles").Elements("FieldSecurityProfile").ToArray();
        Views = Root.Descendants("savedquery").ToArray();
        Charts = Root.Descendants("visualization").ToArray();
        Dashboards = Root.Elements("Dashboards").Elements("Dashboard").ToArray();
        Apps = Root.Elements("AppModules").Elements("AppModule").ToArray();
        SiteMaps = Root.Elements("AppModuleSiteMaps").Elements("AppModuleSiteMap").ToArray();
        Assemblies = Root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly").ToArray();
        Steps = Root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep").ToArray();
        Dependencies = (package.Manifest.Root?.Element("SolutionManifest")?.Element("MissingDependencies")?.Elements("MissingDependency") ?? [])
            .Select(dependency => dependency.Element("Required"))
            .OfType<XElement>()
            .ToArray();
    }

    public SolutionPackage Package { get; }

    public XElement Root { get; }

    /// <summary>The publisher's customization prefix, without the underscore.</summary>
    public string Prefix { get; }

    /// <summary>Tables by name, case-insensitively: exports mix schema names (<c>SystemUser</c>) and logical names.</summary>
    public IReadOnlyDictionary<string, IndexedTable> Tables { get; }

    public IReadOnlyList<XElement> Relationships { get; }

    public IReadOnlyList<XElement> Roles { get; }

    public IReadOnlyList<XElement> FieldSecurityProfiles { get; }

    public IReadOnlyList<XElement> Views { get; }

    public IReadOnlyList<XElement> Charts { get; }

    public IReadOnlyList<XElement> Dashboards { get; }

    public IReadOnlyList<XElement> Apps { get; }

    public IReadOnlyList<XElement> SiteMaps { get; }

    public IReadOnlyList<XElement> Assemblies { get; }

    public IReadOnlyList<XElement> Steps { get; }

    /// <summary>The <c>Required</c> components of solution.xml's <c>MissingDependencies</c>: what must be installed before this solution.</summary>
    public IReadOnlyList<XElement> Dependencies { get; }

    /// <summary>Whether the table <paramref name="name"/> is in the solution or is a declared dependency (another solution of ours provides it).</summary>
    public bool HasTable(string name) =>
        Tables.ContainsKey(name) || Depends("1", name);

    /// <summary>Whether solution.xml declares it needs the component of <paramref name="type"/> named <paramref name="schemaName"/>.</summary>
    public bool Depends(string type, string schemaName) =>
        Dependencies.Any(required => (string?)required.Attribute("type") == type
            && string.Equals((string?)required.Attribute("schemaName"), schemaName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="name"/> carries this solution's prefix, as everything the solution defines must.</summary>
    public bool IsOurs(string? name) =>
        name != null && Prefix.Length > 0 && name.StartsWith(Prefix + "_", StringComparison.OrdinalIgnoreCase);

    /// <summary>The ids of every form, entity forms and dashboards alike (systemform component type 60).</summary>
    public ISet<Guid> FormIds() =>
        Ids(Root.Descendants("systemform").Select(form => form.Element("formid")?.Value)
            .Concat(Dashboards.Select(dashboard => dashboard.Element("FormId")?.Value)));

    public ISet<Guid> ViewIds() => Ids(Views.Select(view => view.Element("savedqueryid")?.Value));

    public ISet<Guid> ChartIds() => Ids(Charts.Select(chart => chart.Element("savedqueryvisualizationid")?.Value));

    public ISet<Guid> RoleIds() => Ids(Roles.Select(role => (string?)role.Attribute("id")));

    public static ISet<Guid> Ids(IEnumerable<string?> texts) =>
        texts.Select(text => Guid.TryParse(text, out var id) ? id : (Guid?)null).OfType<Guid>().ToHashSet();

    public static ISet<string> NameSet(IEnumerable<string?> names) => names.OfType<string>().ToHashSet(Names);
}
