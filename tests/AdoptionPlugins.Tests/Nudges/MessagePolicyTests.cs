using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Nudges;

public class MessagePolicyTests
{
    private static readonly AdoptionSettings Sending = Given.Settings().SendingOn().With(SettingNames.SenderQueueId, Guid.NewGuid().ToString()).Build();

    [Fact]
    public void SendingOn_SendsOnBothChannels()
    {
        var decision = Decide(Sending, Candidate(Given.User(), MessageKind.ExecutiveNudge));

        Assert.Equal(MessageOutcome.Send, decision.Outcome);
        Assert.Equal(MessageChannels.InApp | MessageChannels.Email, decision.Channels);
    }

    [Fact]
    public void DefaultSettings_RecordADryRunInsteadOfSending()
    {
        var decision = Decide(AdoptionSettings.Defaults, Candidate(Given.User(), MessageKind.ExecutiveNudge));

        Assert.Equal(MessageOutcome.DryRun, decision.Outcome);
        Assert.StartsWith("Dry run: sending is off, so this was not sent.", decision.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRunAskedFor_SendsNothingEvenWithSendingOn()
    {
        var policy = new MessagePolicy(Sending, [], Calendar.Today, dryRunRequested: true, sentEarlierThisRun: 0);

        var decision = policy.Decide([Candidate(Given.User(), MessageKind.ExecutiveNudge)]).Single();

        Assert.Equal(MessageOutcome.DryRun, decision.Outcome);
    }

    [Theory]
    [InlineData(MessageKind.ExecutiveNudge)]
    [InlineData(MessageKind.SponsorDigest)]
    [InlineData(MessageKind.QuickWinNotice)]
    public void OptedOut_IsWithheldWithTheReason(MessageKind kind)
    {
        var decision = Decide(Sending, Candidate(Given.User().OptedOut(), kind));

        Assert.Equal(WithholdReason.OptedOut, decision.Reason);
        Assert.Equal("Not sent: the recipient opted out of adoption messages.", decision.Log);
    }

    [Fact]
    public void Vip_IsNeverNudged()
    {
        var decision = Decide(Sending, Candidate(Given.User().Vip(), MessageKind.ExecutiveNudge));

        Assert.Equal(WithholdReason.Vip, decision.Reason);
    }

    [Fact]
    public void VipWhoIsTheSponsor_StillGetsTheDigest()
    {
        var decision = Decide(Sending, Candidate(Given.User().Vip(), MessageKind.SponsorDigest));

        Assert.Equal(MessageOutcome.Send, decision.Outcome);
    }

    [Fact]
    public void QuietDay_HoldsANudgeUntilTheNextWorkingDay()
    {
        var saturday = new DateTime(2026, 2, 28);

        var decision = Decide(Sending, Candidate(Given.User(), MessageKind.ExecutiveNudge, saturday), today: saturday);

        Assert.Equal(WithholdReason.QuietDay, decision.Reason);
        Assert.Equal("Not sent: 28 February 2026 is a quiet day; it is reconsidered on the next day messages may go out.", decision.Log);
    }

    [Fact]
    public void QuickWinOnAQuietDay_IsStillAnnouncedInApp()
    {
        var saturday = new DateTime(2026, 2, 28);

        var decision = Decide(Sending, Candidate(Given.User(), MessageKind.QuickWinNotice, saturday), today: saturday);

        Assert.Equal(MessageOutcome.Send, decision.Outcome);
    }

    [Fact]
    public void SameKindInsideTheCoolDown_IsWithheld()
    {
        var user = Given.User();
        var earlier = new LoggedMessage(user.Id, MessageKind.ExecutiveNudge, Calendar.DaysAgo(10), wasSent: true);

        var decision = Decide(Sending, Candidate(user, MessageKind.ExecutiveNudge), [earlier]);

        Assert.Equal(WithholdReason.CoolDown, decision.Reason);
        Assert.Equal("Not sent: a message of this kind went out on 20 February 2026; the next may follow after 14 days.", decision.Log);
    }

    [Fact]
    public void ExecutiveWhoHasNotUsedTheCrmSinceTheLastNote_IsNotNudgedAgain()
    {
        var user = Given.User();
        var earlier = new LoggedMessage(user.Id, MessageKind.ExecutiveNudge, Calendar.DaysAgo(20), wasSent: true);

        var decision = Decide(Sending, Candidate(user, MessageKind.ExecutiveNudge, lastOwnActivity: Calendar.DaysAgo(30)), [earlier]);

        Assert.Equal(WithholdReason.NoResponseYet, decision.Reason);
        Assert.StartsWith("Not sent: the last note, on 10 February 2026, has not been followed by any use of the CRM yet", decision.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void ExecutiveWhoUsedTheCrmSinceTheLastNote_MayGetAnotherAfterTheCoolDown()
    {
        var user = Given.User();
        var earlier = new LoggedMessage(user.Id, MessageKind.ExecutiveNudge, Calendar.DaysAgo(20), wasSent: true);

        var decision = Decide(Sending, Candidate(user, MessageKind.ExecutiveNudge, lastOwnActivity: Calendar.DaysAgo(15)), [earlier]);

        Assert.Equal(MessageOutcome.Send, decision.Outcome);
    }

    [Fact]
    public void SummaryNotDueYet_NeedsNoLogRowButAHeldNudgeDoes()
    {
        var user = Given.User();
        var history = new[] { MessageKind.TeamSummary, MessageKind.ExecutiveNudge }.Select(kind => new LoggedMessage(user.Id, kind, Calendar.DaysAgo(10), wasSent: true));
        var policy = new MessagePolicy(Sending, history, Calendar.Today, false, 0);

        var decisions = policy.Decide([Candidate(user, MessageKind.TeamSummary), Candidate(user, MessageKind.ExecutiveNudge)]);

        Assert.Equal([true, false], decisions.Select(decision => decision.ShouldBeLogged));
        Assert.All(decisions, decision => Assert.Equal(WithholdReason.CoolDown, decision.Reason));
    }

    [Fact]
    public void OtherKindInsideThePeriod_IsWithheldSoNobodyGetsTwoInAPeriod()
    {
        var user = Given.User();
        var earlier = new LoggedMessage(user.Id, MessageKind.TeamSummary, Calendar.DaysAgo(3), wasSent: true);

        var decision = Decide(Sending, Candidate(user, MessageKind.ExecutiveNudge), [earlier]);

        Assert.Equal(WithholdReason.AlreadyMessagedThisPeriod, decision.Reason);
    }

    [Fact]
    public void PeriodOver_AllowsTheNextMessage()
    {
        var user = Given.User();
        var earlier = new LoggedMessage(user.Id, MessageKind.TeamSummary, Calendar.DaysAgo(7), wasSent: true);

        var decision = Decide(Sending, Candidate(user, MessageKind.ExecutiveNudge), [earlier]);

        Assert.Equal(MessageOutcome.Send, decision.Outcome);
    }

    [Fact]
    public void NudgeAndSummaryForOnePerson_OnlyTheNudgeGoes()
    {
        var user = Given.User();
        var policy = new MessagePolicy(Sending, [], Calendar.Today, false, 0);

        var decisions = policy.Decide([Candidate(user, MessageKind.TeamSummary), Candidate(user, MessageKind.ExecutiveNudge)]);

        Assert.Equal(MessageOutcome.Send, decisions.Single(decision => decision.Candidate.Kind == MessageKind.ExecutiveNudge).Outcome);
        Assert.Equal(WithholdReason.OtherMessageChosen, decisions.Single(decision => decision.Candidate.Kind == MessageKind.TeamSummary).Reason);
    }

    [Fact]
    public void CeilingReachedOnEarlierPages_HoldsTheRestForTheNextRun()
    {
        var settings = Given.Settings().SendingOn().With(SettingNames.MaxMessagesPerRun, 3).Build();
        var policy = new MessagePolicy(settings, [], Calendar.Today, false, sentEarlierThisRun: 2);

        var decisions = policy.Decide([Candidate(Given.User().Named("A"), MessageKind.ExecutiveNudge), Candidate(Given.User().Named("B"), MessageKind.ExecutiveNudge)]);

        Assert.Equal([MessageOutcome.Send, MessageOutcome.Withheld], decisions.Select(decision => decision.Outcome));
        Assert.Equal("Not sent: this run reached its limit of 3 messages; it is reconsidered on the next run.", decisions[1].Log);
    }

    [Fact]
    public void RetryOfTheSameDay_SendsNothingTwice()
    {
        var user = Given.User();
        var sentToday = new LoggedMessage(user.Id, MessageKind.QuickWinNotice, Calendar.Today, wasSent: true);

        var decision = Decide(Sending, Candidate(user, MessageKind.QuickWinNotice), [sentToday]);

        Assert.Equal(WithholdReason.AlreadyHandled, decision.Reason);
    }

    [Fact]
    public void DryRunEntries_DoNotHoldBackRealSends()
    {
        var user = Given.User();
        var dryRunYesterday = new LoggedMessage(user.Id, MessageKind.ExecutiveNudge, Calendar.DaysAgo(1), wasSent: false);

        var decision = Decide(Sending, Candidate(user, MessageKind.ExecutiveNudge), [dryRunYesterday]);

        Assert.Equal(MessageOutcome.Send, decision.Outcome);
    }

    [Fact]
    public void DryRunEntries_HoldBackLaterDryRunsAsSendingWould()
    {
        var user = Given.User();
        var dryRunYesterday = new LoggedMessage(user.Id, MessageKind.ExecutiveNudge, Calendar.DaysAgo(1), wasSent: false);

        var decision = Decide(AdoptionSettings.Defaults, Candidate(user, MessageKind.ExecutiveNudge), [dryRunYesterday]);

        Assert.Equal(WithholdReason.CoolDown, decision.Reason);
    }

    [Fact]
    public void SecondPreviewOnTheSameDay_ListsTheSameMessagesAgain()
    {
        var user = Given.User();
        var previewThisMorning = new LoggedMessage(user.Id, MessageKind.ExecutiveNudge, Calendar.Today, wasSent: false);

        var decision = Decide(AdoptionSettings.Defaults, Candidate(user, MessageKind.ExecutiveNudge), [previewThisMorning]);

        Assert.Equal(MessageOutcome.DryRun, decision.Outcome);
    }

    [Fact]
    public void NoSendingQueue_SendsInAppOnlyAndLogsWhy()
    {
        var settings = Given.Settings().SendingOn().Build();

        var decision = Decide(settings, Candidate(Given.User(), MessageKind.ExecutiveNudge));

        Assert.Equal(MessageChannels.InApp, decision.Channels);
        Assert.Equal("Sent. No email: no sending queue is set, so this went in-app only.", decision.Log);
    }

    [Fact]
    public void RecipientWithoutEmailAddress_GetsInAppOnly()
    {
        var decision = Decide(Sending, Candidate(Given.User().WithoutEmail(), MessageKind.ExecutiveNudge));

        Assert.Equal(MessageChannels.InApp, decision.Channels);
    }

    [Fact]
    public void LanguageFallback_IsInTheLog()
    {
        var message = new ComposedMessage(1033, "Title", "Body", "Subject", ["Hello"], "No texts in language 1041; used 1033 (English).");
        var candidate = new MessageCandidate(Recipient.Of(Given.User().Build()), MessageKind.ExecutiveNudge, Calendar.Today, message, MessageChannels.InApp);

        var decision = Decide(Sending, candidate);

        Assert.Equal("Sent. No texts in language 1041; used 1033 (English).", decision.Log);
    }

    [Fact]
    public void AudienceSwitchedOff_IsWithheld()
    {
        var settings = Given.Settings().SendingOn().With(SettingNames.HelpContributors, false).Build();

        var decision = Decide(settings, Candidate(Given.User(), MessageKind.ContributorHelp));

        Assert.Equal(WithholdReason.AudienceOff, decision.Reason);
    }

    private static MessageDecision Decide(AdoptionSettings settings, MessageCandidate candidate, IEnumerable<LoggedMessage>? history = null, DateTime? today = null) =>
        new MessagePolicy(settings, history ?? [], today ?? Calendar.Today, false, 0).Decide([candidate]).Single();

    private static MessageCandidate Candidate(SubjectBuilder user, MessageKind kind, DateTime? day = null, DateTime? lastOwnActivity = null) =>
        new(Recipient.Of(user.Build()), kind, day ?? Calendar.Today, new ComposedMessage(1033, "Title", "Body", "Subject", ["Hello"], null), MessageChannels.InApp | MessageChannels.Email, lastOwnActivity: lastOwnActivity);
}
