using System;

namespace AdoptionPlugins.Tooling.Apps;

/// <summary>One entry of the site map: a table's list, or the dashboards page opening on one dashboard.</summary>
public sealed record SiteMapSubArea(string Id, string Title, string? Table, Guid? Dashboard)
{
    /// <summary>The table's views, opened from the navigation.</summary>
    public static SiteMapSubArea ForTable(string table, string title) => new("subarea_" + table, title, table, null);

    /// <summary>The dashboards page, opening on <paramref name="dashboardId"/> (MED's dashboards sub-area).</summary>
    public static SiteMapSubArea ForDashboard(Guid dashboardId, string title) => new("subarea_dashboards", title, null, dashboardId);
}
