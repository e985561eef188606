using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AdoptionPlugins.Tooling.Apps;
using AdoptionPlugins.Tooling.Charts;
using AdoptionPlugins.Tooling.Dashboards;
using AdoptionPlugins.Tooling.EnvironmentVariables;
using AdoptionPlugins.Tooling.Forms;
using AdoptionPlugins.Tooling.Roles;
using AdoptionPlugins.Tooling.Views;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Content;

/// <summary>
/// The words people see in the app: names and descriptions of roles, variables, views, charts, forms, the dashboard and the app.
/// They help and explain; they never police, rank or shame (docs/background: reps must not feel watched).
/// </summary>
public partial class ShippedTextTests
{
    private static readonly string[] Policing =
    [
        "surveil", "monitor", "police", "policing", "spy", "watch", "compliance", "compliant", "offender", "violation", "lazy", "laggard",
        "worst", "rank", "leaderboard", "penalty", "punish", "shame", "blame", "idle", "failing", "enforce",
    ];

    [Fact]
    public void NoVisibleText_SoundsLikePolicing()
    {
        var found = VisibleTexts().SelectMany(text => Policing.Where(word => Regex.IsMatch(text.Text, $@"\b{word}", RegexOptions.IgnoreCase)).Select(word => $"{text.Where}: '{word}' in \"{text.Text}\""));

        Assert.Empty(found);
    }

    [Fact]
    public void EveryDescription_IsAFullSentence()
    {
        var fragments = Descriptions().Where(text => text.Text.Length < 40 || !SentenceEnd().IsMatch(text.Text)).Select(text => $"{text.Where}: \"{text.Text}\"");

        Assert.Empty(fragments);
    }

    private static IEnumerable<(string Where, string Text)> VisibleTexts() =>
        Descriptions()
            .Concat(AdoptionRoles.All.Select(role => ("role", role.Name)))
            .Concat(AdoptionEnvironmentVariables.All.Select(variable => ("environment variable", variable.DisplayName)))
            .Concat(AdoptionViews.All.Select(view => ("view", view.Name)))
            .Concat(AdoptionCharts.All.Select(chart => ("chart", chart.Name)))
            .Concat(AdoptionForms.All.SelectMany(form => form.Sections.Select(section => section.Label).Append(form.Name).Append(form.TabLabel)).Select(text => ("form", text)))
            .Concat(AdoptionDashboard.All.SelectMany(dashboard => dashboard.Rows.SelectMany(row => row).Select(component => component.Label).Append(dashboard.Name)).Select(text => ("dashboard", text)))
            .Append(("app", AdoptionApp.App.Name))
            .Concat(AdoptionApp.SiteMap.Areas.SelectMany(area => area.Groups.SelectMany(group => group.SubAreas.Select(subArea => subArea.Title).Append(group.Title)).Append(area.Title)).Select(text => ("site map", text)));

    private static IEnumerable<(string Where, string Text)> Descriptions() =>
        AdoptionEnvironmentVariables.All.Select(variable => ($"environment variable {variable.SchemaName}", variable.Description))
            .Concat(AdoptionViews.All.Select(view => ($"view {view.Name}", view.Description)))
            .Concat(AdoptionCharts.All.Select(chart => ($"chart {chart.Name}", chart.Description ?? "")))
            .Concat(AdoptionForms.All.Select(form => ($"form {form.Name}", form.Description)))
            .Concat(AdoptionDashboard.All.Select(dashboard => ($"dashboard {dashboard.Name}", dashboard.Description)))
            .Append(("app", AdoptionApp.App.Description));

    [GeneratedRegex(@"[.!?]$")]
    private static partial Regex SentenceEnd();
}
