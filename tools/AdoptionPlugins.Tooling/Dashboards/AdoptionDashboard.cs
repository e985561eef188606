using System;
using System.Linq;
using AdoptionPlugins.Tooling.Charts;
using AdoptionPlugins.Tooling.Content;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Tables;
using AdoptionPlugins.Tooling.Views;

namespace AdoptionPlugins.Tooling.Dashboards;

/// <summary>
/// The adoption dashboards. "CRM adoption": the three charts over the tables' active views, then the lists a sales manager acts
/// on; every part shows only what the reader's role lets them read, so the same dashboard serves a rep, a manager and an
/// administrator. "CRM adoption: totals": the daily totals per tier and team, the one place a sponsor, who reads no one's own
/// rows, sees the organization's adoption.
/// </summary>
public static class AdoptionDashboard
{
    public static DashboardDefinition Dashboard { get; } = new()
    {
        Id = ContentIds.For("dashboard/crmadoption"),
        Name = "CRM adoption",
        Description = "How your team is getting on with the CRM: who is active each week, what kind of customer work is logged, each team's adoption, the people worth a word, and this month's quick wins.",
        Rows =
        [
            [
                Chart(AdoptionCharts.PeopleActiveByTier, "Active Activity Days"),
                Chart(AdoptionCharts.WorkByKind, "Active Activity Days"),
                Chart(AdoptionCharts.StateByTeam, "Active Adoption Profiles"),
            ],
            [List(AdoptionViews.MyTeamsAdoption), List(AdoptionViews.ExecutivesNotYetUsingTheCrm), List(AdoptionViews.SlippingWorthACheckIn)],
            [List(AdoptionViews.QuickWinsThisMonth), List(AdoptionViews.MyTeamsActivityThisWeek), List(AdoptionViews.MyOwnAdoption)],
        ],
    };

    /// <summary>A second dashboard rather than a fourth row: a sponsor reads nothing the first one charts, and a manager needs no scrolling past totals.</summary>
    public static DashboardDefinition Totals { get; } = new()
    {
        Id = ContentIds.For("dashboard/crmadoptiontotals"),
        Name = "CRM adoption: totals",
        Description = "The organization's adoption in totals, never in names: each tier's active share over time, the daily totals of everyone and each tier, and your own team's totals. Groups below the minimum size in privacy mode have none.",
        Rows =
        [
            [Chart(AdoptionCharts.ActiveShareByTier, "Active Adoption Summaries"), List(AdoptionViews.AdoptionTotalsLast30Days), List(AdoptionViews.MyTeamsTotals)],
        ],
    };

    /// <summary>Every dashboard the solution ships.</summary>
    public static ValueList<DashboardDefinition> All { get; } = [Dashboard, Totals];

    private static DashboardComponent Chart(ChartDefinition chart, string viewName)
    {
        var table = ShippedTables.Definitions.FindTable(chart.TableLogicalName) ?? throw new InvalidOperationException($"Chart {chart.Name}: no shipped table {chart.TableLogicalName}.");
        var view = table.Views.Single(candidate => candidate.Name == viewName);
        return new DashboardComponent(chart.Name, chart.TableLogicalName, view.Id, chart.Id);
    }

    private static DashboardComponent List(PublicView view) => new(view.Name, view.Table, view.ToDefinition().Id, null);
}
