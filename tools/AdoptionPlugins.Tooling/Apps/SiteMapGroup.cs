using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Apps;

/// <summary>A titled group of site map entries.</summary>
public sealed record SiteMapGroup(string Id, string Title, ValueList<SiteMapSubArea> SubAreas);
