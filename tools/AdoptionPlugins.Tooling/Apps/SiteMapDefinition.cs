using System.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Apps;

/// <summary>An app's navigation, <c>AppModuleSiteMaps/&lt;unique name&gt;/AppModuleSiteMap.xml</c>.</summary>
public sealed record SiteMapDefinition
{
    public required string UniqueName { get; init; }

    public required string Name { get; init; }

    public required ValueList<SiteMapArea> Areas { get; init; }

    /// <summary>Every entry, area by area, group by group.</summary>
    public ValueList<SiteMapSubArea> SubAreas => Areas.SelectMany(area => area.Groups).SelectMany(group => group.SubAreas).ToValueList();
}
