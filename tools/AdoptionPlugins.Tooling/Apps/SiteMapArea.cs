using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Apps;

/// <summary>A titled area of the site map, the switcher at the bottom of the app's navigation.</summary>
public sealed record SiteMapArea(string Id, string Title, ValueList<SiteMapGroup> Groups);
