using System.Linq;
using AdoptionPlugins.Tooling.Apps;
using AdoptionPlugins.Tooling.Dashboards;
using AdoptionPlugins.Tooling.Roles;
using AdoptionPlugins.Tooling.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Apps;

/// <summary>What the CRM Adoption app promises: its pages are in it, its roles are ours, and in-app notifications are on.</summary>
public class AdoptionAppTests
{
    [Fact]
    public void EveryTableTheSiteMapOpens_IsAnAppComponent()
    {
        var components = AdoptionApp.App.Components.Where(component => component.Type == AppComponent.Table).Select(component => component.SchemaName);

        Assert.All(AdoptionApp.SiteMap.SubAreas.Select(subArea => subArea.Table).OfType<string>(), table => Assert.Contains(table, components));
    }

    [Fact]
    public void EveryAppTable_IsShippedOrTheUserTable()
    {
        var shipped = ShippedTables.Definitions.Tables.Select(table => table.LogicalName).Append("systemuser");

        var tables = AdoptionApp.App.Components.Where(component => component.Type == AppComponent.Table).Select(component => component.SchemaName);

        Assert.All(tables, table => Assert.Contains(table, shipped));
    }

    [Fact]
    public void AppOpensOnTheAdoptionDashboardAndHoldsItsSiteMap()
    {
        var app = AdoptionApp.App;

        Assert.Contains(new AppComponent(AppComponent.Dashboard, null, AdoptionDashboard.Dashboard.Id), app.Components);
        Assert.Contains(new AppComponent(AppComponent.SiteMap, AdoptionApp.SiteMap.UniqueName, null), app.Components);
        Assert.Equal(AdoptionDashboard.Dashboard.Id, AdoptionApp.SiteMap.SubAreas[0].Dashboard);
    }

    [Fact]
    public void AppRoles_AreTheAdoptionRoles()
    {
        var roles = AdoptionApp.App.Roles;

        Assert.Equal(AdoptionRoles.All.Select(role => role.Id), roles);
    }

    [Fact]
    public void InAppNotifications_AreOnForTheApp()
    {
        var settings = AdoptionApp.App.Settings;

        Assert.Equal([new AppSetting("AllowNotificationsEarlyAccess", "true")], settings);
    }
}
