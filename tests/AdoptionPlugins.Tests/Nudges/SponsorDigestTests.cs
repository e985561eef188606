using System;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Nudges;

public class SponsorDigestTests
{
    private static readonly EvaluationSubject Sponsor = Given.User().Named("Sam Sponsor").Build();
    private static readonly EvaluationSubject Jill = Given.User().Named("Jill Carter").Executive().Build();
    private static readonly OrgChart Chart = new([Sponsor.User, Jill.User]);
    private static readonly GroupTotals SixLeaders = new(newStarters: 0, active: 4, slipping: 1, inactive: 1, onLeave: 0);
    private static readonly GroupTotals Everyone = new(newStarters: 3, active: 30, slipping: 6, inactive: 4, onLeave: 2);

    [Fact]
    public void Digest_ComparesLeadersWithEveryoneAndShowsTheTrend()
    {
        var facts = new DigestFacts(SixLeaders, Everyone, leadersPercentBefore: 50, everyonePercentBefore: 80, [], [], 0, 0, 7);

        var message = Compose(facts, AdoptionSettings.Defaults).Message;

        Assert.Equal(
            "Leaders (executives and managers): 4 of 6 people active (67%), up from 50%. Everyone: 30 of 40 people active (75%), down from 80%. The full digest is in your email.",
            message.Body);
    }

    [Fact]
    public void PrivacyMode_CountsNudgedLeadersWithoutNames()
    {
        var facts = new DigestFacts(SixLeaders, Everyone, null, null, [], [Jill.UserId], 0, 0, 7);

        var text = Compose(facts, AdoptionSettings.Defaults).Message.EmailText;

        Assert.Contains("1 leader was invited to lead by example.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jill", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyOff_NamesTheNudgedLeaders()
    {
        var facts = new DigestFacts(SixLeaders, Everyone, null, null, [], [Jill.UserId], 0, 0, 7);

        var text = Compose(facts, Given.Settings().PrivacyOff().Build()).Message.EmailText;

        Assert.Contains("Leaders invited to lead by example: Jill Carter.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyModeAndThreeLeaders_HidesTheLeadersFigures()
    {
        var threeLeaders = new GroupTotals(newStarters: 0, active: 2, slipping: 0, inactive: 1, onLeave: 0);
        var facts = new DigestFacts(threeLeaders, Everyone, null, null, [], [], 0, 0, 7);

        var body = Compose(facts, AdoptionSettings.Defaults).Message.Body;

        Assert.StartsWith("Leaders (executives and managers): fewer than 5 people, so privacy mode shows no figures. Everyone: 30 of 40", body, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyMode_QuickWinsAreSharedWithoutNames()
    {
        var win = QuickWin.FirstMeeting(Jill.UserId, Calendar.DaysAgo(1));
        var facts = new DigestFacts(SixLeaders, Everyone, null, null, [win], [], 0, 0, 7);

        var text = Compose(facts, AdoptionSettings.Defaults).Message.EmailText;

        Assert.Contains("Quick wins worth sharing:\n• A colleague logged their first meeting in the CRM on 1 March 2026.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_IsSaidPlainly()
    {
        var facts = new DigestFacts(SixLeaders, Everyone, null, null, [], [Jill.UserId], withheld: 2, dryRun: 5, 7);

        var text = Compose(facts, AdoptionSettings.Defaults).Message.EmailText;

        Assert.Contains("Sending is off, so nothing was sent: 5 messages would have gone out.", text, StringComparison.Ordinal);
        Assert.Contains("2 messages were held back", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_RanksNobody()
    {
        var facts = new DigestFacts(SixLeaders, Everyone, null, null, [], [], 0, 0, 7);

        var paragraphs = Compose(facts, Given.Settings().PrivacyOff().Build()).Message.EmailParagraphs;

        Assert.DoesNotContain(paragraphs, paragraph => paragraph.Contains("Jill", StringComparison.Ordinal) || paragraph.Contains("Sam Sponsor", StringComparison.Ordinal));
        Assert.Equal("Hello Sam,", paragraphs[0]);
    }

    private static MessageCandidate Compose(DigestFacts facts, AdoptionSettings settings) =>
        SponsorDigest.Compose(Recipient.Of(Sponsor), facts, Chart, settings, Calendar.Today);
}
