using System;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>The daily evaluation stores totals per organization, tier and team, only for groups privacy lets it show.</summary>
public sealed class SummaryWiringTests
{
    [Fact]
    public void TeamOfSix_GetsARowWithItsCountsOwnedByItsManager()
    {
        using var org = new AdoptionOrganization();
        var manager = Team(org, "Hugo Nakamura", active: 5);
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        var row = Assert.Single(TeamRows(org));
        Assert.Equal(
            ("Hugo Nakamura's team", 6, 5, 0, 1, 83, 25, manager),
            (row.GetAttributeValue<string>(AdoptionSummary.Name), Count(row, AdoptionSummary.People), Count(row, AdoptionSummary.Active), Count(row, AdoptionSummary.Slipping),
                Count(row, AdoptionSummary.Inactive), Count(row, AdoptionSummary.ActivePercent), Count(row, AdoptionSummary.LoggedLast7Days), row.GetAttributeValue<EntityReference>(AdoptionSummary.OwnerId).Id));
    }

    [Fact]
    public void PrivacyMode_TeamOfThreeGetsNoRow()
    {
        using var org = new AdoptionOrganization();
        Team(org, "Hugo Nakamura", active: 2);
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        Assert.Empty(TeamRows(org));
    }

    [Fact]
    public void PrivacyModeOff_TeamOfThreeGetsItsRow()
    {
        using var org = new AdoptionOrganization();
        org.Setting(SettingNames.PrivacyMode, "false");
        Team(org, "Hugo Nakamura", active: 2);
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        Assert.Equal(3, Count(Assert.Single(TeamRows(org)), AdoptionSummary.People));
    }

    [Fact]
    public void SecondRunOnTheSameDay_RewritesTheRowsInsteadOfAddingMore()
    {
        using var org = new AdoptionOrganization();
        Team(org, "Hugo Nakamura", active: 5);
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        var first = org.Rows(AdoptionSummary.EntityName).Select(row => row.Id).Order().ToList();

        org.Evaluate();

        Assert.Equal(first, org.Rows(AdoptionSummary.EntityName).Select(row => row.Id).Order());
    }

    [Fact]
    public void Sponsor_ReadsTheOrganizationsTotalsAsThemselves()
    {
        using var org = new AdoptionOrganization();
        Team(org, "Hugo Nakamura", active: 5);
        var sponsor = org.Person("Sam Okafor");
        org.Org.Database.Security.LoadRoles(AdoptionOrganization.SolutionFolder);
        org.Org.Database.Security.AssignRole(sponsor, org.Org.Database.Security.Roles.Single(role => role.Name == AdoptionRoles.Sponsor.Name).Id);
        org.Setting(SettingNames.SponsorUserId, sponsor.ToString());
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();

        var read = org.Org.ServiceFor(sponsor).RetrieveMultiple(new QueryExpression(AdoptionSummary.EntityName) { ColumnSet = new ColumnSet(true) }).Entities;

        var everyone = Assert.Single(read, row => row.GetAttributeValue<OptionSetValue>(AdoptionSummary.GroupKind).Value == AdoptionSummary.ValueOf(GroupKind.Organization));
        Assert.Equal(("Everyone", 8, sponsor), (everyone.GetAttributeValue<string>(AdoptionSummary.Name), Count(everyone, AdoptionSummary.People), everyone.GetAttributeValue<EntityReference>(AdoptionSummary.OwnerId).Id));
    }

    // A manager with reports who logged every weekday until the first evaluation, and one who stopped in January.
    private static Guid Team(AdoptionOrganization org, string manager, int active)
    {
        var lead = org.ActivePerson(manager, AdoptionTier.Manager);
        foreach (var number in Enumerable.Range(1, active))
        {
            org.ActivePerson($"Rep {number}", manager: lead);
        }

        var quiet = org.Person("Quiet Rep", manager: lead);
        org.LoggedWeekdays(quiet, AdoptionOrganization.Start, Stories.StoppedAfter);
        return lead;
    }

    private static Entity[] TeamRows(AdoptionOrganization org) =>
        [.. org.Rows(AdoptionSummary.EntityName).Where(row => row.GetAttributeValue<OptionSetValue>(AdoptionSummary.GroupKind).Value == AdoptionSummary.ValueOf(GroupKind.Team))];

    private static int Count(Entity row, string column) => row.GetAttributeValue<int>(column);
}
