using System;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Nudges;

public class TeamSummaryTests
{
    private static readonly AdoptionSettings PrivacyOff = Given.Settings().PrivacyOff().Build();

    [Fact]
    public void Summary_CountsStatesAndTheTrend()
    {
        var manager = Given.User().Named("Maria Lopez").Manager();
        var team = Team(manager, AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Slipping, AdoptionState.Inactive, AdoptionState.New);

        var message = Compose(manager, team, AdoptionSettings.Defaults).Message;

        Assert.Equal(
            "Your team (6 people): 3 active, 1 slipping, 1 inactive. Not judged yet: 1 new starter in their grace period, 0 people on leave.",
            message.Body);
        Assert.Contains("Together they logged 30 activities in the last 7 days, up from 24.", message.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyOff_NamesWhoMightWelcomeAHandAlphabeticallyNotRanked()
    {
        var manager = Given.User().Manager();
        var team = Team(manager, AdoptionState.Inactive, AdoptionState.Slipping, AdoptionState.Active);

        var text = Compose(manager, team, PrivacyOff).Message.EmailText;

        Assert.Contains("Might welcome a hand getting back into the CRM: Rep A and Rep B.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyMode_NamesNobody()
    {
        var manager = Given.User().Manager();
        var team = Team(manager, AdoptionState.Inactive, AdoptionState.Slipping, AdoptionState.Active, AdoptionState.Active, AdoptionState.Active);

        var text = Compose(manager, team, AdoptionSettings.Defaults).Message.EmailText;

        Assert.DoesNotContain("Rep ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyModeAndATeamOfThree_IsHeldBack()
    {
        var manager = Given.User().Manager();
        var team = Team(manager, AdoptionState.Active, AdoptionState.Inactive, AdoptionState.Active);

        var candidate = Compose(manager, team, AdoptionSettings.Defaults);

        Assert.True(candidate.GroupTooSmall);
        Assert.DoesNotContain("inactive", candidate.Message.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void PeerTeamMembers_NeverAppearInAManagersTeam()
    {
        var manager = Given.User().Manager();
        var peer = Given.User().Manager();
        var mine = Given.User().Named("Mine").ManagedBy(manager.Id);
        var theirs = Given.User().Named("Theirs").ManagedBy(peer.Id);
        var chart = new OrgChart([manager.Facts(), peer.Facts(), mine.Facts(), theirs.Facts()]);
        var everyone = new[] { mine, theirs }.Select(user => new TeamMember(user.Id, user.Facts().FullName, AdoptionTier.Contributor, AdoptionState.Inactive, null));

        var team = TeamView.Of(manager.Id, chart, everyone, ActivityCounts.None, null, 7);

        Assert.Equal(["Mine"], team.Members.Select(member => member.Name));
    }

    [Fact]
    public void SomeoneElsesTeam_CannotBeSummarizedForAManager()
    {
        var manager = Given.User().Manager();
        var team = Team(Given.User().Manager(), AdoptionState.Active);

        Assert.Throws<ArgumentException>(() => Compose(manager, team, AdoptionSettings.Defaults));
    }

    private static TeamView Team(SubjectBuilder manager, params AdoptionState[] states)
    {
        var members = states.Select((state, index) => new TeamMember(Guid.NewGuid(), $"Rep {(char)('A' + index)}", AdoptionTier.Contributor, state, state));
        return new TeamView(manager.Id, "Maria Lopez", members, new ActivityCounts(tasks: 20, phoneCalls: 10), 24, 7);
    }

    private static MessageCandidate Compose(SubjectBuilder manager, TeamView team, AdoptionSettings settings) =>
        TeamSummary.Compose(Recipient.Of(manager.Build()), team, Array.Empty<QuickWin>(), new OrgChart([manager.Facts()]), settings, Calendar.Today);
}
