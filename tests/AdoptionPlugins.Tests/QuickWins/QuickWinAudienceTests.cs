using System;
using System.Linq;
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
    private static readonly SubjectBuilder Manager = Given.User().Named("Maria Lopez").Manager();
    private static readonly SubjectBuilder Dana = Given.User().Named("Dana Reyes").ManagedBy(Manager.Id);
    private static readonly SubjectBuilder Sam = Given.User().Named("Sam Ortiz").ManagedBy(Manager.Id);
    private static readonly OrgChart Chart = new([Manager.Facts(), Dana.Facts(), Sam.Facts()]);
    private static readonly PrivacyRules PrivacyOn = new(AdoptionSettings.Defaults.Privacy);
    private static readonly PrivacyRules PrivacyOff = new(Given.Settings().PrivacyOff().Build().Privacy);

    [Fact]
    public void PersonalWinInPrivacyMode_IsToldOnlyToThePerson()
    {
        var win = QuickWin.FirstMeeting(Dana.Id, Calendar.DaysAgo(1));

        var recipients = QuickWinAudience.For(win, Chart, PrivacyOn);

        Assert.Equal([Dana.Id], recipients.Select(recipient => recipient.UserId));
    }

    [Fact]
    public void PersonalWinWithPrivacyOff_IsAlsoToldToTheManager()
    {
        var win = QuickWin.FirstMeeting(Dana.Id, Calendar.DaysAgo(1));

        var recipients = QuickWinAudience.For(win, Chart, PrivacyOff);

        Assert.Equal([Viewer.Self, Viewer.Manager], recipients.Select(recipient => recipient.Viewer));
        Assert.Equal(Manager.Id, recipients[1].UserId);
    }

    [Fact]
    public void WonDeal_IsToldToEveryoneWhoWorkedOnItAndTheirManagerOnce()
    {
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(1), Dana.Id, 6, [Sam.Id, Dana.Id]);

        var recipients = QuickWinAudience.For(QuickWin.DealWon(deal), Chart, PrivacyOn);

        Assert.Equal([Dana.Id, Sam.Id, Manager.Id], recipients.Select(recipient => recipient.UserId));
    }

    [Fact]
    public void WonDealInPrivacyMode_NamesNobody()
    {
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(1), Dana.Id, 6, [Sam.Id]);

        var text = QuickWinTexts.Body(QuickWin.DealWon(deal), Viewer.Manager, new EnglishTexts(), PrivacyOn, Chart);

        Assert.Equal("“Contoso renewal” was won, with 6 activities logged along the way.", text);
    }

    [Fact]
    public void WonDealWithPrivacyOff_NamesThePeopleBehindIt()
    {
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(1), Sam.Id, 6, [Dana.Id]);

        var text = QuickWinTexts.Body(QuickWin.DealWon(deal), Viewer.Dashboard, new EnglishTexts(), PrivacyOff, Chart);

        Assert.Equal("“Contoso renewal” was won, with 6 activities logged along the way by Dana Reyes and Sam Ortiz.", text);
    }

    [Fact]
    public void PersonalWin_IsToldToThePersonInTheirOwnWords()
    {
        var win = QuickWin.FirstMeeting(Dana.Id, Calendar.DaysAgo(1));

        var text = QuickWinTexts.Body(win, Viewer.Self, new GermanTexts(), PrivacyOn, Chart);

        Assert.StartsWith("Sie haben am 1. März 2026 Ihren ersten Termin im CRM erfasst.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamMilestone_IsToldToTheManagerAndEveryMember()
    {
        var members = new[] { Dana, Sam }.Select(user => new TeamMember(user.Id, "x", Adoption.Evaluation.AdoptionTier.Contributor, Adoption.Evaluation.AdoptionState.Active, null));
        var team = new TeamView(Manager.Id, "Maria Lopez", members, Adoption.Evaluation.ActivityCounts.None, null, 7);

        var recipients = QuickWinAudience.For(QuickWin.TeamMilestone(team, 80, Calendar.Today), Chart, PrivacyOn);

        Assert.Equal([Viewer.Self, Viewer.Colleague, Viewer.Colleague], recipients.Select(recipient => recipient.Viewer));
    }
}
