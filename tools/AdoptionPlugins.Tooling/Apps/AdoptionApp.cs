using System.Linq;
using AdoptionPlugins.Tooling.Dashboards;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Tooling.Apps;

/// <summary>
/// The "CRM Adoption" model-driven app and its navigation. Adding a page is one line in <see cref="SiteMap"/>: the app takes its
/// tables from the site map. In-app notifications are on for the app, since nudges and quick wins arrive there
/// (dataverse-facts 6.1). Only holders of the adoption roles see the app.
/// </summary>
public static class AdoptionApp
{
    public const string UniqueName = "adopt_CrmAdoption";

    /// <summary>
    /// The app setting behind "In-app notifications" in the app designer. Its name is the one Microsoft's send-in-app-notifications
    /// article gives (AllowNotificationsEarlyAccess, set through SaveSettingValue); that exports carry it in <c>appsettings</c> like
    /// BAK's FluentThemingPreview, with the AppNotifications solution owning the definition, is [community]
    /// (a 2025 solution dependency report lists settingdefinitionid.uniquename=AllowNotificationsEarlyAccess).
    /// </summary>
    public const string InAppNotificationsSetting = "AllowNotificationsEarlyAccess";

    public static SiteMapDefinition SiteMap { get; } = new()
    {
        UniqueName = UniqueName,
        Name = "CRM Adoption",
        Areas =
        [
            new SiteMapArea("area_adoption", "CRM adoption",
            [
                new SiteMapGroup("group_overview", "Overview",
                [
                    SiteMapSubArea.ForDashboard(AdoptionDashboard.Dashboard.Id, "Adoption dashboard"),
                    new SiteMapSubArea("subarea_totals", "Totals", null, AdoptionDashboard.Totals.Id),
                ]),
                new SiteMapGroup("group_people", "People",
                [
                    SiteMapSubArea.ForTable("adopt_adoptionprofile", "Adoption profiles"),
                    SiteMapSubArea.ForTable("adopt_activityday", "Activity days"),
                    SiteMapSubArea.ForTable("adopt_adoptionsummary", "Adoption totals"),
                    SiteMapSubArea.ForTable("adopt_leaveperiod", "Leave periods"),
                ]),
                new SiteMapGroup("group_wins", "Wins and messages",
                [
                    SiteMapSubArea.ForTable("adopt_quickwin", "Quick wins"),
                    SiteMapSubArea.ForTable("adopt_nudge", "Messages log"),
                ]),
                new SiteMapGroup("group_settings", "Settings", [SiteMapSubArea.ForTable("adopt_adoptionsetting", "Adoption settings")]),
            ]),
        ],
    };

    /// <summary>
    /// The app: the site map, the dashboards, every table the site map opens, activity signals (so a day's count can be traced to
    /// its work) and users (so the person lookups open).
    /// </summary>
    public static AppDefinition App { get; } = new()
    {
        UniqueName = UniqueName,
        Name = "CRM Adoption",
        Description = "See how your team uses the CRM, who may need a hand, and the wins worth sharing.",
        WebResourceId = AppModuleXml.DefaultIcon,
        Components =
        [
            .. AppModuleXml.Sorted(
            [
                new AppComponent(AppComponent.SiteMap, UniqueName, null),
                .. AdoptionDashboard.All.Select(dashboard => new AppComponent(AppComponent.Dashboard, null, dashboard.Id)),
                .. SiteMap.SubAreas.Select(subArea => subArea.Table).OfType<string>().Append("adopt_activitysignal").Append("systemuser")
                    .Distinct().Select(table => new AppComponent(AppComponent.Table, table, null)),
            ]),
        ],
        Roles = AdoptionRoles.All.Select(role => role.Id).ToValueList(),
        Settings = [new AppSetting(InAppNotificationsSetting, "true")],
    };
}
