using System;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Adoption.Texts;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.QuickWins;

public class QuickWinAudienceTests
{
    private static readonly UserFacts Manager = Given.User().Named("Maria Lopez").Manager().Facts();
    private static readonly UserFacts Dana = Given.User().Named("Dana Reyes").ManagedBy(Manager.UserId).Facts();
    private static readonly UserFacts Sam = Given.User().Named("Sam Ortiz").ManagedBy(Manager.UserId).Facts();
    private static readonly OrgChart Chart = new([Manager, Dana, Sam]);
    private static readonly PrivacyRules PrivacyOn = new(AdoptionSettings.Defaults.Privacy);
    private static readonly PrivacyRules PrivacyOff = new(Given.Settings().PrivacyOff().Build().Privacy);

    [Fact]
    public void PersonalWinInPrivacyMode_IsToldOnlyToThePerson()
    {
        var win = QuickWin.FirstMeeting(Dana.UserId, Calendar.DaysAgo(1));

        var recipients = QuickWinAudience.For(win, Chart, PrivacyOn);

        Assert.Equal([Dana.UserId], recipients.Select(recipient => recipient.UserId));
    }

    [Fact]
    public void PersonalWinWithPrivacyOff_IsAlsoToldToTheManager()
    {
        var win = QuickWin.FirstMeeting(Dana.UserId, Calendar.DaysAgo(1));

        var recipients = QuickWinAudience.For(win, Chart, PrivacyOff);

        Assert.Equal([Viewer.Self, Viewer.Manager], recipients.Select(recipient => recipient.Viewer));
        Assert.Equal(Manager.UserId, recipients[1].UserId);
    }

    [Fact]
    public void WonDeal_IsToldToEveryoneWhoWorkedOnItAndTheirManagerOnce()
    {
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(1), Dana.UserId, 6, [Sam.UserId, Dana.UserId]);

        var recipients = QuickWinAudience.For(QuickWin.DealWon(deal), Chart, PrivacyOn);

        Assert.Equal([Dana.UserId, Sam.UserId, Manager.UserId], recipients.Select(recipient => recipient.UserId));
    }

    [Fact]
    public void WonDealInPrivacyMode_NamesNobody()
    {
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(1), Dana.UserId, 6, [Sam.UserId]);

        var text = QuickWinTexts.Body(QuickWin.DealWon(deal), Viewer.Manager, new EnglishTexts(), PrivacyOn, Chart);

        Assert.Equal("“Contoso renewal” was won, with 6 activities logged along the way.", text);
    }

    [Fact]
    public void WonDealWithPrivacyOff_NamesThePeopleBehindIt()
    {
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(1), Sam.UserId, 6, [Dana.UserId]);

        var text = QuickWinTexts.Body(QuickWin.DealWon(deal), Viewer.Dashboard, new EnglishTexts(), PrivacyOff, Chart);

        Assert.Equal("“Contoso renewal” was won, with 6 activities logged along the way by Dana Reyes and Sam Ortiz.", text);
    }

    [Fact]
    public void PersonalWin_IsToldToThePersonInTheirOwnWords()
    {
        var win = QuickWin.FirstMeeting(Dana.UserId, Calendar.DaysAgo(1));

        var text = QuickWinTexts.Body(win, Viewer.Self, new GermanTexts(), PrivacyOn, Chart);

        Assert.StartsWith("Sie haben am 1. März 2026 Ihren ersten Termin im CRM erfasst.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamMilestone_IsToldToTheManagerAndEveryMember()
    {
        var members = new[] { Dana, Sam }.Select(user => new TeamMember(user.UserId, "x", AdoptionTier.Contributor, AdoptionState.Active, null));
        var team = new TeamView(Manager.UserId, "Maria Lopez", members, ActivityCounts.None, null, 7);

        var recipients = QuickWinAudience.For(QuickWin.TeamMilestone(team, 80, Calendar.Today), Chart, PrivacyOn);

        Assert.Equal([Viewer.Self, Viewer.Colleague, Viewer.Colleague], recipients.Select(recipient => recipient.Viewer));
    }
}
