using System;
using System.Collections.Generic;
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

    [Theory]
    [InlineData(5, 0)]
    [InlineData(6, 1)]
    public void TeamLosingSomeoneOnARerunOfTheDay_KeepsTheDaysRowOnlyIfStillLargeEnough(int people, int rows)
    {
        using var org = new AdoptionOrganization();
        var lead = org.ActivePerson("Hugo Nakamura", AdoptionTier.Manager);
        var reps = Enumerable.Range(1, people).Select(number => org.ActivePerson($"Rep {number}", manager: lead)).ToList();
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        LeavesTheTeam(org, reps[0]);

        org.Evaluate();

        Assert.Equal(Enumerable.Repeat(people - 1, rows), TeamRows(org).Select(row => Count(row, AdoptionSummary.People)));
    }

    [Fact]
    public void TwoTeamsLosingSomeoneOnPagesOfOneLeader_BothLoseTheDaysRow()
    {
        using var org = new AdoptionOrganization();
        List<Guid> leavers = [TeamOfFive(org, "Hugo Nakamura")[0], TeamOfFive(org, "Ines Duarte")[0]];
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate(pageSize: 1);
        leavers.ForEach(rep => LeavesTheTeam(org, rep));

        org.Evaluate(pageSize: 1);

        Assert.Empty(TeamRows(org));
    }

    [Fact]
    public void ManagerLeftWithNobodyOnARerunOfTheDay_LosesTheDaysRow()
    {
        using var org = new AdoptionOrganization();
        var lead = Team(org, "Hugo Nakamura", active: 5);
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        foreach (var rep in org.Rows(SystemUser.EntityName).Where(user => user.GetAttributeValue<EntityReference>(SystemUser.ManagerId)?.Id == lead))
        {
            LeavesTheTeam(org, rep.Id);
        }

        org.Evaluate();

        Assert.Empty(TeamRows(org));
    }

    [Fact]
    public void PrivacyModeSwitchedOnDuringTheDay_RemovesTheDaysRowsOfGroupsTooSmall()
    {
        using var org = new AdoptionOrganization();
        var privacyMode = SmallTeamEvaluatedWithoutPrivacyMode(org);
        var written = org.Rows(AdoptionSummary.EntityName).Count;
        SwitchOn(org, privacyMode);

        org.Evaluate();

        Assert.Equal((4, 0), (written, org.Rows(AdoptionSummary.EntityName).Count));
    }

    [Fact]
    public void PrivacyModeSwitchedOnTheNextDay_KeepsTheEarlierDaysRowsAsHistory()
    {
        using var org = new AdoptionOrganization();
        SwitchOn(org, SmallTeamEvaluatedWithoutPrivacyMode(org));
        org.MoveTo(Stories.FirstEvaluation.AddDays(1));

        org.Evaluate();

        Assert.All(org.Rows(AdoptionSummary.EntityName), row => Assert.Equal(Stories.FirstEvaluation, row.GetAttributeValue<DateTime>(AdoptionSummary.Day)));
        Assert.Single(TeamRows(org));
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

    // A team of three, four people with its manager: the first evaluation stores the organization's, two tiers' and the team's rows.
    private static Guid SmallTeamEvaluatedWithoutPrivacyMode(AdoptionOrganization org)
    {
        var privacyMode = org.Setting(SettingNames.PrivacyMode, "false");
        Team(org, "Hugo Nakamura", active: 2);
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        return privacyMode;
    }

    private static void SwitchOn(AdoptionOrganization org, Guid setting) =>
        org.Service.Update(new Entity(AdoptionSetting.EntityName, setting) { [AdoptionSetting.Value] = "true" });

    private static List<Guid> TeamOfFive(AdoptionOrganization org, string manager)
    {
        var lead = org.ActivePerson(manager, AdoptionTier.Manager);
        return [.. Enumerable.Range(1, 5).Select(number => org.ActivePerson($"{manager}'s rep {number}", manager: lead))];
    }

    private static void LeavesTheTeam(AdoptionOrganization org, Guid rep) =>
        org.Service.Update(new Entity(SystemUser.EntityName, rep) { [SystemUser.ManagerId] = null });

    private static Entity[] TeamRows(AdoptionOrganization org) =>
        [.. org.Rows(AdoptionSummary.EntityName).Where(row => row.GetAttributeValue<OptionSetValue>(AdoptionSummary.GroupKind).Value == AdoptionSummary.ValueOf(GroupKind.Team))];

    private static int Count(Entity row, string column) => row.GetAttributeValue<int>(column);
}
