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

public class ExecutiveNudgeTests
{
    private static readonly ActivityCounts TeamWeek = new(tasks: 20, phoneCalls: 12, meetings: 9, notes: 1);

    [Fact]
    public void InactiveExecutive_IsDue()
    {
        var verdict = Classify(Given.User().Executive());

        Assert.True(ExecutiveNudge.IsDue(verdict));
    }

    [Theory]
    [InlineData(AdoptionTier.Manager)]
    [InlineData(AdoptionTier.Contributor)]
    public void InactiveNonExecutive_IsNotNudgedToLead(AdoptionTier tier)
    {
        var verdict = Classify(Given.User().SetBy(tier));

        Assert.False(ExecutiveNudge.IsDue(verdict));
    }

    [Fact]
    public void NewExecutive_IsNotNudged()
    {
        var verdict = Classify(Given.User().Executive().FirstSeen(Calendar.DaysAgo(5)));

        Assert.False(ExecutiveNudge.IsDue(verdict));
    }

    [Fact]
    public void ExecutiveOnLeave_IsNotNudged()
    {
        var verdict = Classify(Given.User().Executive().OnLeave(Calendar.DaysAgo(2), Calendar.Today.AddDays(3)));

        Assert.False(ExecutiveNudge.IsDue(verdict));
    }

    [Fact]
    public void Nudge_OpensWithWhatTheTeamLoggedAndWonThenTheirOwnUse()
    {
        var executive = Given.User().Named("Jill Carter").Executive().ActiveOn(Calendar.LastWeekdays(2));
        var deal = new WonOpportunity(Guid.NewGuid(), "Contoso renewal", Calendar.DaysAgo(2), Guid.NewGuid(), 9);

        var message = Compose(executive, TeamOf(executive, 6, deal.OwnerId), [deal], AdoptionSettings.Defaults).Message;

        Assert.Equal("Lead by example: your team's work in the CRM", message.Title);
        Assert.Equal(
            "Your team logged 42 activities in the last 7 days, including 9 meetings and 12 phone calls. They won “Contoso renewal” with 9 activities logged along the way. You logged activity on 2 of your last 20 working days.",
            message.Body);
    }

    [Fact]
    public void TeamThatLoggedOnlyTasks_IsNotToldAboutZeroMeetings()
    {
        var executive = Given.User().Executive();
        var team = new TeamView(executive.Id, "Jill Carter", TeamOf(executive, 6).Members, new ActivityCounts(tasks: 8), null, 7);

        var message = Compose(executive, team, [], AdoptionSettings.Defaults).Message;

        Assert.StartsWith("Your team logged 8 activities in the last 7 days. You logged activity on", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_GreetsInvitesExplainsAndOffersTheOptOut()
    {
        var executive = Given.User().Named("Jill Carter").Executive();

        var email = Compose(executive, TeamOf(executive, 6), [], AdoptionSettings.Defaults).Message.EmailParagraphs;

        Assert.Equal("Hello Jill,", email[0]);
        Assert.Contains(email, paragraph => paragraph.StartsWith("Open the pipeline in the CRM at your next team meeting", StringComparison.Ordinal));
        Assert.Equal("You get a note like this at most once every 14 days. If you would rather not, you can opt out in your adoption profile.", email[^2]);
        Assert.Equal("Your CRM adoption assistant", email[^1]);
    }

    [Fact]
    public void GermanSpeakingExecutive_GetsGermanText()
    {
        var executive = Given.User().Named("Jürgen Weber").Executive().Speaking(1031);

        var message = Compose(executive, TeamOf(executive, 6), [], AdoptionSettings.Defaults).Message;

        Assert.Equal(1031, message.LanguageId);
        Assert.StartsWith("Ihr Team hat in den letzten 7 Tagen 42 Aktivitäten erfasst, darunter 9 Termine und 12 Telefonate.", message.Body, StringComparison.Ordinal);
        Assert.Equal("Guten Tag Jürgen,", message.EmailParagraphs[0]);
    }

    [Fact]
    public void LanguageWithoutTexts_FallsBackToEnglishWithALoggedNote()
    {
        var executive = Given.User().Executive().Speaking(1041);

        var message = Compose(executive, TeamOf(executive, 6), [], AdoptionSettings.Defaults).Message;

        Assert.Equal(1033, message.LanguageId);
        Assert.Equal("No texts in language 1041; used 1033 (English).", message.LanguageNote);
    }

    [Fact]
    public void PrivacyModeAndATeamOfThree_ShowsNoTeamFigures()
    {
        var executive = Given.User().Executive();

        var message = Compose(executive, TeamOf(executive, 3), [], AdoptionSettings.Defaults).Message;

        Assert.StartsWith("Team figures appear once your team has at least 5 people.", message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("42", message.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public void DealOutsideTheTeam_IsNotClaimedForIt()
    {
        var executive = Given.User().Executive();
        var elsewhere = new WonOpportunity(Guid.NewGuid(), "Fabrikam expansion", Calendar.DaysAgo(1), Guid.NewGuid(), 20);

        var message = Compose(executive, TeamOf(executive, 6), [elsewhere], AdoptionSettings.Defaults).Message;

        Assert.DoesNotContain("Fabrikam", message.EmailText, StringComparison.Ordinal);
    }

    private static AdoptionVerdict Classify(SubjectBuilder user) => AdoptionClassifier.Classify(user.Build(), AdoptionSettings.Defaults, Calendar.Today);

    private static MessageCandidate Compose(SubjectBuilder executive, TeamView team, WonOpportunity[] deals, AdoptionSettings settings) =>
        ExecutiveNudge.Compose(Recipient.Of(executive.Build()), Classify(executive), team, deals, settings);

    private static TeamView TeamOf(SubjectBuilder executive, int size, Guid? firstMemberId = null)
    {
        var members = Enumerable.Range(0, size)
            .Select(index => new TeamMember(index == 0 && firstMemberId is { } id ? id : Guid.NewGuid(), $"Rep {index}", AdoptionTier.Contributor, AdoptionState.Active, AdoptionState.Active));
        return new TeamView(executive.Id, "Jill Carter", members, TeamWeek, null, 7);
    }
}
