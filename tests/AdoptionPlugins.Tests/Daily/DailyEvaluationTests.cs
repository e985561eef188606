using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Daily;

/// <summary>The product's story told by the pure rules, one daily run (or several) at a time.</summary>
public class DailyEvaluationTests
{
    private static readonly AdoptionSettings Sending = Given.Settings().SendingOn().With(SettingNames.SenderQueueId, "0f8fad5b-d9cb-469f-a165-70867728950e").Build();

    [Fact]
    public void ExecutiveWhoStopsUsingTheCrm_GetsExactlyOneNudgeOverThreeWeeksAndTheSponsorSeesIt()
    {
        var (run, jill) = ExecutiveWhoStopped(Sending);

        var days = run.RunDays(Calendar.Today, 21);

        var nudge = Assert.Single(days.SelectMany(day => day.Decisions), decision => decision.Candidate.Kind == MessageKind.ExecutiveNudge && decision.Outcome == MessageOutcome.Send);
        Assert.Equal(jill.Id, nudge.Candidate.Recipient.UserId);
        var digest = days[0].Decisions.Single(decision => decision.Candidate.Kind == MessageKind.SponsorDigest);
        Assert.Contains("1 leader was invited to lead by example.", digest.Candidate.Message.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void NudgeSentEarlierInTheDigestPeriod_IsStillInTheDigest()
    {
        var (run, jill) = ExecutiveWhoStopped(Sending);
        var nudgedOnFriday = new LoggedMessage(jill.Id, MessageKind.ExecutiveNudge, Calendar.DaysAgo(3), wasSent: true);

        var result = run.Logged([nudgedOnFriday]).Run();

        var digest = result.Decisions.Single(decision => decision.Candidate.Kind == MessageKind.SponsorDigest);
        Assert.Contains("1 leader was invited to lead by example.", digest.Candidate.Message.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void NewStarterAndPersonOnLeave_AreNotFlaggedOrNudged()
    {
        var starter = Given.User().Executive().FirstSeen(Calendar.DaysAgo(5));
        var away = Given.User().Executive().OnLeave(Calendar.DaysAgo(10), Calendar.Today.AddDays(5));

        var result = Given.Run().Using(Sending).With(starter, away).Run();

        Assert.Equal([AdoptionState.New, AdoptionState.OnLeave], result.Verdicts.Select(verdict => verdict.State));
        Assert.DoesNotContain(result.Decisions, decision => decision.Candidate.Kind == MessageKind.ExecutiveNudge);
    }

    [Fact]
    public void WonDeal_RaisesOneQuickWinAndOneNoticeHoweverOftenItIsFound()
    {
        var maria = Given.User().Named("Maria Lopez").Manager();
        var dana = Given.User().Named("Dana Reyes").Contributor().ManagedBy(maria.Id);
        var run = Given.Run().Using(Sending).With(maria, dana).Won(new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(1), dana.Id, 5, [dana.Id]));

        var days = run.RunDays(Calendar.Today, 3);

        Assert.Single(days.SelectMany(day => day.Wins), win => win.Kind == QuickWinKind.DealWon);
        Assert.Single(days.SelectMany(day => day.Decisions), decision => decision.Candidate.Kind == MessageKind.QuickWinNotice && decision.Candidate.Recipient.UserId == dana.Id);
    }

    [Fact]
    public void PrivacyMode_HidesATeamOfThree()
    {
        var maria = Given.User().Named("Maria Lopez").Manager().ActiveOn(Calendar.LastWeekdays(40));
        var sponsor = Given.User().Named("Sam Sponsor");
        var run = Given.Run().Using(Sending).With(Given.Team(maria, 3)).With(sponsor).SponsoredBy(sponsor.Id);

        var result = run.Run();

        var summary = result.Decisions.Single(decision => decision.Candidate.Kind == MessageKind.TeamSummary);
        Assert.Equal(WithholdReason.GroupTooSmall, summary.Reason);
        var digest = result.Decisions.Single(decision => decision.Candidate.Kind == MessageKind.SponsorDigest);
        Assert.DoesNotContain("Rep ", digest.Candidate.Message.EmailText, StringComparison.Ordinal);
        Assert.Contains("Leaders (executives and managers): fewer than 5 people", digest.Candidate.Message.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_SendsNothingAndListsWhoWouldGetWhatText()
    {
        var (run, jill) = ExecutiveWhoStopped(AdoptionSettings.Defaults);

        var result = run.Run();

        Assert.Equal(0, result.Sent);
        var nudge = result.Decisions.Single(decision => decision.Candidate.Kind == MessageKind.ExecutiveNudge);
        Assert.Equal((MessageOutcome.DryRun, jill.Id), (nudge.Outcome, nudge.Candidate.Recipient.UserId));
        Assert.StartsWith("Your team logged", nudge.Candidate.Message.Body, StringComparison.Ordinal);
        Assert.All(result.Decisions, decision => Assert.False(string.IsNullOrWhiteSpace(decision.Log)));
    }

    [Fact]
    public void Upgrade_WithSettingsFromAnOlderVersion_DoesNotSwitchSendingOn()
    {
        var olderVersion = new[] { new KeyValuePair<string, string?>(SettingNames.GracePeriodDays, "21"), new KeyValuePair<string, string?>(SettingNames.PrivacyMode, "true") };
        var (run, _) = ExecutiveWhoStopped(AdoptionSettings.Defaults);

        var result = run.Using(SettingsResolver.Resolve(olderVersion, null).Settings).Run();

        Assert.Equal(0, result.Sent);
        Assert.Contains(result.Decisions, decision => decision.Outcome == MessageOutcome.DryRun);
    }

    [Fact]
    public void BadSettings_AreRefusedAndTheRunKeepsTheLastValidOnes()
    {
        var lastValid = SettingsWriter.ToText(Given.Settings().With(SettingNames.GracePeriodDays, 30).Build());
        var refused = Given.Settings().With(SettingNames.GracePeriodDays, "thirty").Values();
        var starter = Given.User().FirstSeen(Calendar.DaysAgo(20));

        var resolution = SettingsResolver.Resolve(refused, lastValid);
        var result = Given.Run().Using(resolution.Settings).With(starter).Run();

        Assert.Equal("GracePeriodDays is \"thirty\"; it must be a whole number, such as 14.", Assert.Single(resolution.Problems).Message);
        Assert.Equal(AdoptionState.New, Assert.Single(result.Verdicts).State);
    }

    [Fact]
    public void UnchangedUsers_NeedNoWrite()
    {
        var steady = Given.User().Contributor().WasInState(AdoptionState.Active, Calendar.DaysAgo(40)).ActiveOn(Calendar.LastWeekdays(30));
        var changing = Given.User().Contributor().WasInState(AdoptionState.Active, Calendar.DaysAgo(40));

        var result = Given.Run().With(steady, changing).Run();

        Assert.Equal([changing.Id], result.Changed.Select(verdict => verdict.UserId));
    }

    [Fact]
    public void SameUserTwiceInARun_IsRefused()
    {
        var user = Given.User();

        var error = Assert.Throws<ArgumentException>(() => Given.Run().With(user, user).Build());

        Assert.StartsWith($"User {user.Id} is in the run twice", error.Message, StringComparison.Ordinal);
    }

    private static (RunBuilder Run, SubjectBuilder Jill) ExecutiveWhoStopped(AdoptionSettings settings)
    {
        var jill = Given.User().Named("Jill Carter").Executive().WasInState(AdoptionState.Active, Calendar.DaysAgo(100))
            .ActiveOn(Calendar.Weekdays(Calendar.DaysAgo(80), Calendar.DaysAgo(35)));
        var sponsor = Given.User().Named("Sam Sponsor").Contributor().ActiveOn(Calendar.LastWeekdays(80));
        return (Given.Run().Using(settings).With(Given.Team(jill, 6)).With(sponsor).SponsoredBy(sponsor.Id), jill);
    }
}
