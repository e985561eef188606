using System;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.QuickWins;

public class QuickWinDetectorTests
{
    private static readonly QuickWinSettings Settings = AdoptionSettings.Defaults.QuickWins;
    private static readonly DateTime HistoryFrom = Calendar.DaysAgo(90);

    [Fact]
    public void DealWonWithLoggedWorkBehindIt_IsAWin()
    {
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(1), Guid.NewGuid(), loggedActivities: 3);

        var win = Assert.Single(QuickWinDetector.DealsWon([deal], Settings, Calendar.Today));

        Assert.Equal("won:" + deal.Id.ToString("N"), win.Key);
    }

    [Fact]
    public void DealWonWithoutCrmWork_IsNoCrmWin()
    {
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(1), Guid.NewGuid(), loggedActivities: 2);

        Assert.Empty(QuickWinDetector.DealsWon([deal], Settings, Calendar.Today));
    }

    [Fact]
    public void DealWonLongAgo_IsNoLongerNews()
    {
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(30), Guid.NewGuid(), loggedActivities: 10);

        Assert.Empty(QuickWinDetector.DealsWon([deal], Settings, Calendar.Today));
    }

    [Fact]
    public void FirstMeetingLastWeek_IsAWin()
    {
        var user = Given.User().FirstSeen(Calendar.DaysAgo(40)).Logged(Calendar.DaysAgo(3), new ActivityCounts(meetings: 1)).Build();

        var win = QuickWinDetector.FirstMeeting(user, HistoryFrom, Settings, Calendar.Today);

        Assert.Equal(Calendar.DaysAgo(3), win!.Day);
    }

    [Fact]
    public void MeetingAfterAnEarlierOne_IsNotAFirst()
    {
        var user = Given.User().FirstSeen(Calendar.DaysAgo(40)).Logged(Calendar.DaysAgo(30), new ActivityCounts(meetings: 1)).Logged(Calendar.DaysAgo(3), new ActivityCounts(meetings: 1)).Build();

        Assert.Null(QuickWinDetector.FirstMeeting(user, HistoryFrom, Settings, Calendar.Today));
    }

    [Fact]
    public void UserKnownLongerThanTheHistoryRead_IsNeverClaimedAFirstMeeting()
    {
        var user = Given.User().FirstSeen(Calendar.DaysAgo(400)).Logged(Calendar.DaysAgo(3), new ActivityCounts(meetings: 1)).Build();

        Assert.Null(QuickWinDetector.FirstMeeting(user, HistoryFrom, Settings, Calendar.Today));
    }

    [Fact]
    public void InactiveUserActiveAgain_IsAComeback()
    {
        var user = Given.User().Contributor().WasInState(AdoptionState.Inactive, Calendar.DaysAgo(60)).ActiveOn(Calendar.LastWeekdays(20));

        var win = QuickWinDetector.Comeback(AdoptionClassifier.Classify(user.Build(), AdoptionSettings.Defaults, Calendar.Today));

        Assert.Equal("comeback:" + user.Id.ToString("N") + ":2026-03-02", win!.Key);
    }

    [Fact]
    public void SlippingUserActiveAgain_IsNoComeback()
    {
        var user = Given.User().Contributor().WasInState(AdoptionState.Slipping, Calendar.DaysAgo(60)).ActiveOn(Calendar.LastWeekdays(20));

        Assert.Null(QuickWinDetector.Comeback(AdoptionClassifier.Classify(user.Build(), AdoptionSettings.Defaults, Calendar.Today)));
    }

    [Fact]
    public void TeamRisingToTheThreshold_ReachesAMilestone()
    {
        var team = Team(before: [AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Slipping, AdoptionState.Slipping], now: AdoptionState.Active);

        var win = QuickWinDetector.TeamMilestone(team, Settings, new PrivacyRules(AdoptionSettings.Defaults.Privacy), Calendar.Today);

        Assert.Equal(QuickWinKind.TeamMilestone, win!.Kind);
    }

    [Fact]
    public void TeamAlreadyAboveTheThreshold_ReachesNothingNew()
    {
        var team = Team(before: [AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Active, AdoptionState.Active], now: AdoptionState.Active);

        Assert.Null(QuickWinDetector.TeamMilestone(team, Settings, new PrivacyRules(AdoptionSettings.Defaults.Privacy), Calendar.Today));
    }

    [Fact]
    public void TeamOfThreeInPrivacyMode_IsNotSingledOut()
    {
        var team = Team(before: [AdoptionState.Active, AdoptionState.Slipping, AdoptionState.Slipping], now: AdoptionState.Active);

        Assert.Null(QuickWinDetector.TeamMilestone(team, Settings, new PrivacyRules(AdoptionSettings.Defaults.Privacy), Calendar.Today));
    }

    [Fact]
    public void SameWinFoundAgain_IsRaisedOnce()
    {
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(1), Guid.NewGuid(), loggedActivities: 5);
        var firstRun = QuickWinDetector.NotYetRaised(QuickWinDetector.DealsWon([deal, deal], Settings, Calendar.Today), []);

        var secondRun = QuickWinDetector.NotYetRaised(QuickWinDetector.DealsWon([deal], Settings, Calendar.Today), firstRun.Select(win => win.Key));

        Assert.Single(firstRun);
        Assert.Empty(secondRun);
    }

    private static TeamView Team(AdoptionState[] before, AdoptionState now)
    {
        var members = before.Select((state, index) => new TeamMember(Guid.NewGuid(), $"Rep {index}", AdoptionTier.Contributor, now, state));
        return new TeamView(Guid.NewGuid(), "Maria Lopez", members, ActivityCounts.None, null, 7);
    }
}
