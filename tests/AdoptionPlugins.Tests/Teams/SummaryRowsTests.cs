using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Adoption.Texts;
using Xunit;

namespace AdoptionPlugins.Tests.Teams;

public class SummaryRowsTests
{
    private static readonly DateTime Day = new(2026, 3, 2);
    private static readonly TextLanguage English = TextCatalog.Get(1033);
    private static readonly PrivacyRules PrivacyMode = new(new PrivacySettings(privacyMode: true, minimumGroupSize: 5, retentionDays: 365));
    private static readonly PrivacyRules Open = new(new PrivacySettings(privacyMode: false, minimumGroupSize: 5, retentionDays: 365));

    [Fact]
    public void TeamOfSix_CountsEachStateAndWhatTheyLogged()
    {
        var members = Members(AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Slipping, AdoptionState.Inactive, AdoptionState.New);
        var logged = members.ToDictionary(member => member.UserId, _ => 4);

        var row = Assert.Single(SummaryRows.ForTeams([Team("Hugo Nakamura", members)], logged, PrivacyMode, English, Day));

        Assert.Equal(("Hugo Nakamura's team", 6, 3, 1, 1, 1, 60, 24), (row.Name, row.Totals.People, row.Totals.Active, row.Totals.Slipping, row.Totals.Inactive, row.Totals.NewStarters, row.Totals.ActivePercent, row.LoggedLast7Days));
    }

    [Fact]
    public void PrivacyMode_TeamBelowTheMinimumGetsNoRow()
    {
        var team = Team("Hugo Nakamura", Members(AdoptionState.Active, AdoptionState.Active, AdoptionState.Inactive, AdoptionState.Active));

        var rows = SummaryRows.ForTeams([team], new Dictionary<Guid, int>(), PrivacyMode, English, Day);

        Assert.Empty(rows);
    }

    [Fact]
    public void PrivacyModeOff_SmallTeamGetsItsRow()
    {
        var team = Team("Hugo Nakamura", Members(AdoptionState.Active, AdoptionState.Inactive, AdoptionState.Active));

        var rows = SummaryRows.ForTeams([team], new Dictionary<Guid, int>(), Open, English, Day);

        Assert.Equal(3, Assert.Single(rows).Totals.People);
    }

    [Fact]
    public void ExcludedPeople_DoNotMakeAGroupLargeEnough()
    {
        var members = Members(AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Excluded);

        var rows = SummaryRows.ForOrganization(members, new Dictionary<Guid, int>(), PrivacyMode, English, Day);

        Assert.Empty(rows);
    }

    [Fact]
    public void Organization_GetsEveryoneAndOnlyTheTiersLargeEnough()
    {
        var members = Members(AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Inactive)
            .Append(new TeamMember(Guid.NewGuid(), "Erin Walsh", AdoptionTier.Executive, AdoptionState.Inactive, null));

        var rows = SummaryRows.ForOrganization(members, new Dictionary<Guid, int>(), PrivacyMode, English, Day);

        Assert.Equal([("Everyone", GroupKind.Organization, 6), ("Contributors", GroupKind.Tier, 5)], rows.Select(row => (row.Name, row.Kind, row.Totals.People)));
    }

    [Fact]
    public void SameGroupAndDay_HaveTheSameKeyAndAnotherDayAnother()
    {
        var members = Members(AdoptionState.Active);
        var team = Team("Hugo Nakamura", members);

        var first = SummaryRows.ForTeams([team], new Dictionary<Guid, int>(), Open, English, Day).Single().Key;
        var again = SummaryRows.ForTeams([team], new Dictionary<Guid, int>(), Open, English, Day.AddHours(5)).Single().Key;
        var tomorrow = SummaryRows.ForTeams([team], new Dictionary<Guid, int>(), Open, English, Day.AddDays(1)).Single().Key;

        Assert.Equal(first, again);
        Assert.NotEqual(first, tomorrow);
    }

    [Fact]
    public void GermanReport_NamesTheGroupsInGerman()
    {
        var team = Team("Hugo Nakamura", Members(AdoptionState.Active));

        var row = SummaryRows.ForTeams([team], new Dictionary<Guid, int>(), Open, TextCatalog.Get(1031), Day).Single();

        Assert.Equal("Team von Hugo Nakamura", row.Name);
    }

    [Fact]
    public void RerunOfTheDay_WithdrawsTheStoredRowsOfGroupsNoLongerShown()
    {
        var shrunk = Team("Hugo Nakamura", Members(AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Active));
        var still = Team("Ines Duarte", Members(AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Active));
        var earlier = SummaryRows.ForTeams([shrunk, still], new Dictionary<Guid, int>(), Open, English, Day).Select(row => new StoredSummary(row.Id, row.ManagerId)).ToList();

        var withdrawn = SummaryRows.Withdrawn(earlier, SummaryRows.ForTeams([shrunk, still], new Dictionary<Guid, int>(), PrivacyMode, English, Day));

        Assert.Equal([earlier[0].Id], withdrawn);
    }

    private static List<TeamMember> Members(params AdoptionState[] states) =>
        [.. states.Select((state, index) => new TeamMember(Guid.NewGuid(), $"Rep {index}", state == AdoptionState.Excluded ? AdoptionTier.Excluded : AdoptionTier.Contributor, state, null))];

    private static TeamView Team(string manager, IEnumerable<TeamMember> members) =>
        new(Guid.NewGuid(), manager, members, ActivityCounts.None, null, 7);
}
