using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Texts;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Evaluation;

public class VerdictReasonTests
{
    [Fact]
    public void SlippingExecutive_ReasonGivesNumbersThresholdsDatesAndTierEvidence()
    {
        var executive = Given.User().WithRoles("CEO-Business Manager").WasInState(AdoptionState.Active, Calendar.DaysAgo(90)).ActiveOn(Calendar.LastWeekdays(4)).Build();

        var reason = AdoptionClassifier.Classify(executive, AdoptionSettings.Defaults, Calendar.Today).Explain(new EnglishTexts());

        Assert.Equal(
            "Now slipping (was active). Tier: executive, from the security role “CEO-Business Manager”. "
            + "Logged activity on 4 of 20 working days (20%) from 2 February 2026 to 1 March 2026. "
            + "In the executive tier, active means activity on at least 30% of working days, and inactive means below 10%. "
            + "Last own activity on 27 February 2026.",
            reason);
    }

    [Fact]
    public void SlippingExecutive_ReasonInGerman()
    {
        var executive = Given.User().WithRoles("CEO-Business Manager").WasInState(AdoptionState.Active, Calendar.DaysAgo(90)).ActiveOn(Calendar.LastWeekdays(4)).Build();

        var reason = AdoptionClassifier.Classify(executive, AdoptionSettings.Defaults, Calendar.Today).Explain(new GermanTexts());

        Assert.StartsWith("Jetzt nachlassend (vorher aktiv). Stufe: Geschäftsleitung, aus der Sicherheitsrolle „CEO-Business Manager“. Aktivität an 4 von 20 Arbeitstagen erfasst (20\u00A0%), vom 2. Februar 2026 bis zum 1. März 2026.", reason);
    }

    [Fact]
    public void NewStarter_ReasonNamesTheGracePeriodEnd()
    {
        var starter = Given.User().FirstSeen(Calendar.DaysAgo(3)).Build();

        var reason = AdoptionClassifier.Classify(starter, AdoptionSettings.Defaults, Calendar.Today).Explain(new EnglishTexts());

        Assert.Contains("New since 27 February 2026: nobody is flagged during the grace period, which runs until 12 March 2026.", reason);
    }

    [Fact]
    public void OnLeave_ReasonNamesTheLeaveDates()
    {
        var away = Given.User().OnLeave(Calendar.DaysAgo(7), Calendar.Today.AddDays(7)).Build();

        var reason = AdoptionClassifier.Classify(away, AdoptionSettings.Defaults, Calendar.Today).Explain(new EnglishTexts());

        Assert.Contains("On leave from 23 February 2026 to 9 March 2026; days on leave never count against anyone.", reason);
    }

    [Fact]
    public void HeldState_ReasonExplainsTheMargin()
    {
        var user = Given.User().Contributor().WasInState(AdoptionState.Active, Calendar.DaysAgo(50)).ActiveOn(Calendar.LastWeekdays(9)).Build();

        var reason = AdoptionClassifier.Classify(user, AdoptionSettings.Defaults, Calendar.Today).Explain(new EnglishTexts());

        Assert.Contains("Stays active: 45% has not passed the threshold by the 5 percentage points needed to change", reason);
    }

    [Fact]
    public void PartTimeLeaveTrackedEmailAndOnBehalf_AreEachExplained()
    {
        var user = Given.User().WorkingOn(System.DayOfWeek.Monday, System.DayOfWeek.Tuesday).OnLeave(Calendar.DaysAgo(14), Calendar.DaysAgo(8))
            .Logged(Calendar.DaysAgo(6), new ActivityCounts(tasks: 1, emailsTracked: 2, loggedOnBehalf: 3)).Build();

        var reason = AdoptionClassifier.Classify(user, AdoptionSettings.Defaults, Calendar.Today).Explain(new EnglishTexts());

        Assert.Contains("2 days on leave were left out.", reason);
        Assert.Contains("Works on Monday and Tuesday; other days are not expected.", reason);
        Assert.Contains("2 emails tracked automatically by server-side sync did not count as own use.", reason);
        Assert.Contains("3 activities were logged on their behalf by others", reason);
    }

    [Fact]
    public void LongestReason_FitsTheProfilesReasonColumn()
    {
        var user = Given.User().Titled(new string('x', 180) + " Chief " + new string('y', 180)).WasInState(AdoptionState.Slipping, Calendar.DaysAgo(40))
            .WorkingOn(System.DayOfWeek.Monday, System.DayOfWeek.Wednesday, System.DayOfWeek.Saturday).OnLeave(Calendar.DaysAgo(30), Calendar.DaysAgo(20))
            .Logged(Calendar.DaysAgo(6), new ActivityCounts(tasks: 1, emailsTracked: 9, loggedOnBehalf: 9)).Build();

        var reason = AdoptionClassifier.Classify(user, AdoptionSettings.Defaults, Calendar.Today).Explain(new GermanTexts());

        Assert.InRange(reason.Length, 600, 4000);
    }

    [Fact]
    public void SlippingExecutiveInPrivacyMode_ReasonKeepsTheRuleButNotWhatTheyLoggedOrWhen()
    {
        var executive = Given.User().WithRoles("CEO-Business Manager").WasInState(AdoptionState.Active, Calendar.DaysAgo(90)).ActiveOn(Calendar.LastWeekdays(4)).Build();

        var reason = AdoptionClassifier.Classify(executive, AdoptionSettings.Defaults, Calendar.Today).Explain(new EnglishTexts(), ReasonDetail.WithoutFigures);

        Assert.Equal(
            "Now slipping (was active). Tier: executive, from the security role “CEO-Business Manager”. "
            + "In the executive tier, active means activity on at least 30% of working days, and inactive means below 10%. "
            + "Privacy mode is on, so this text leaves out what the person logged and when: they see their own activity days, "
            + "and the figures are in columns only the Adoption Figures profile can read.",
            reason);
    }

    [Fact]
    public void HeldStateInPrivacyMode_ReasonExplainsTheMarginWithoutTheShare()
    {
        var user = Given.User().Contributor().WasInState(AdoptionState.Active, Calendar.DaysAgo(50)).ActiveOn(Calendar.LastWeekdays(9)).Build();

        var reason = AdoptionClassifier.Classify(user, AdoptionSettings.Defaults, Calendar.Today).Explain(new GermanTexts(), ReasonDetail.WithoutFigures);

        Assert.Contains("Bleibt aktiv: Der Anteil aktiver Tage liegt noch nicht", reason);
        Assert.DoesNotContain("45", reason);
    }

    [Fact]
    public void OnLeaveInPrivacyMode_ReasonLeavesOutTheLeaveDates()
    {
        var away = Given.User().OnLeave(Calendar.DaysAgo(7), Calendar.Today.AddDays(7)).Build();

        var reason = AdoptionClassifier.Classify(away, AdoptionSettings.Defaults, Calendar.Today).Explain(new EnglishTexts(), ReasonDetail.WithoutFigures);

        Assert.Contains("On leave; days on leave never count against anyone.", reason);
        Assert.DoesNotContain("February", reason);
    }
}
