using System;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Nudges;

public class ContributorHelpTests
{
    private static readonly HelpFacts ThreeWithoutNextStep = new(["Contoso renewal", "Fabrikam pilot", "Northwind upgrade"], overdueActivities: 2);

    [Fact]
    public void OpportunitiesWithoutNextStep_AreNamedWithASuggestion()
    {
        var message = Compose(Given.User().Contributor(), ThreeWithoutNextStep).Message;

        Assert.Equal("3 opportunities need a next step", message.Title);
        Assert.Equal(
            "3 of your open opportunities have no next activity planned: “Contoso renewal”, “Fabrikam pilot” and “Northwind upgrade”. A short follow-up task on each keeps them from slipping through the cracks, and lets a colleague step in when you are away.",
            message.Body);
    }

    [Fact]
    public void GermanContributor_GetsGermanQuotesAndWording()
    {
        var message = Compose(Given.User().Contributor().Speaking(1031), new HelpFacts(["Contoso"], 0)).Message;

        Assert.StartsWith("Für 1 Ihrer offenen Verkaufschancen ist keine nächste Aktivität geplant: „Contoso“.", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void InactiveContributor_GetsHelpThatNeverMentionsTheirStateOrNumbers()
    {
        var user = Given.User().Contributor().WasInState(AdoptionState.Slipping, Calendar.DaysAgo(20));

        var text = Compose(user, ThreeWithoutNextStep).Message.EmailText;

        Assert.DoesNotContain("%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("inactive", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("working days", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Help_GoesInAppOnly()
    {
        var candidate = Compose(Given.User().Contributor(), ThreeWithoutNextStep);

        Assert.Equal(MessageChannels.InApp, candidate.Channels);
    }

    [Fact]
    public void NothingToHelpWith_IsNotDue()
    {
        var verdict = AdoptionClassifier.Classify(Given.User().Contributor().Build(), AdoptionSettings.Defaults, Calendar.Today);

        Assert.False(ContributorHelp.IsDue(verdict, new HelpFacts([], overdueActivities: 4)));
    }

    [Fact]
    public void ManagerWithStaleOpportunities_GetsNoContributorHelp()
    {
        var verdict = AdoptionClassifier.Classify(Given.User().Manager().Build(), AdoptionSettings.Defaults, Calendar.Today);

        Assert.False(ContributorHelp.IsDue(verdict, ThreeWithoutNextStep));
    }

    private static MessageCandidate Compose(SubjectBuilder user, HelpFacts facts) =>
        ContributorHelp.Compose(Recipient.Of(user.Build()), facts, AdoptionSettings.Defaults, Calendar.Today);
}
