using System;
using System.Linq;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Texts;
using AdoptionPlugins.Emulator.Service.Messages;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>The product's story through the emulator: an executive who stops using the CRM is asked, once, to lead by example.</summary>
public sealed class ExecutiveNudgeWiringTests
{
    private static readonly DateTime FirstEvaluation = Stories.FirstEvaluation;

    [Fact]
    public void ExecutiveWhoStoppedLogging_GetsExactlyOneNudgeInAppAndByEmailFromTheQueue()
    {
        using var org = new AdoptionOrganization();
        var executive = StoppedExecutive(org);
        var queue = org.TurnSendingOn();
        org.MoveTo(FirstEvaluation);

        org.EvaluateDaily(FirstEvaluation.AddDays(4));

        var email = Assert.Single(SentEmails.Read(org.Service), email => email.To.Any(party => party.Party?.Id == executive));
        Assert.Equal(MessageKind.ExecutiveNudge, EvaluationChoices.KindOf(AdoptionOrganization.Choice(Assert.Single(Sent(org, executive)), Nudge.Kind)));
        Assert.Single(org.NotificationsOf(executive));
        Assert.Equal(queue, Assert.Single(email.From).Party?.Id);
    }

    [Fact]
    public void NudgeAfterTheFirst_IsHeldBackWithTheReasonLogged()
    {
        using var org = new AdoptionOrganization();
        var executive = StoppedExecutive(org);
        org.TurnSendingOn();
        org.MoveTo(FirstEvaluation);

        org.EvaluateDaily(FirstEvaluation.AddDays(1));

        var second = org.NudgesFor(executive).Single(row => row.GetAttributeValue<DateTime>(Nudge.Day) == FirstEvaluation.AddDays(1));
        Assert.Equal(MessageOutcome.Withheld, EvaluationChoices.OutcomeOf(AdoptionOrganization.Choice(second, Nudge.Outcome)));
        Assert.StartsWith("Not sent: a message of this kind went out on 2 March 2026", second.GetAttributeValue<string>(Nudge.Reason), StringComparison.Ordinal);
    }

    [Fact]
    public void Nudge_IsWrittenInTheExecutivesOwnLanguage()
    {
        using var org = new AdoptionOrganization();
        var executive = StoppedExecutive(org, AdoptionSettings.German);
        org.TurnSendingOn();
        org.MoveTo(FirstEvaluation);

        org.Evaluate();

        var nudge = Assert.Single(Sent(org, executive));
        Assert.Equal(AdoptionSettings.German, nudge.GetAttributeValue<int>(Nudge.Language));
        Assert.Equal(TextCatalog.Get(AdoptionSettings.German).Format(TextKey.ExecNudgeTitle), Assert.Single(org.NotificationsOf(executive)).GetAttributeValue<string>("title"));
    }

    [Fact]
    public void LanguageWithoutTexts_FallsBackAndTheLogSaysSo()
    {
        using var org = new AdoptionOrganization();
        var executive = StoppedExecutive(org, language: 1036);
        org.TurnSendingOn();
        org.MoveTo(FirstEvaluation);

        org.Evaluate();

        var nudge = Assert.Single(Sent(org, executive));
        Assert.Equal(AdoptionSettings.English, nudge.GetAttributeValue<int>(Nudge.Language));
        Assert.Contains("No texts in language 1036; used 1033 (English).", nudge.GetAttributeValue<string>(Nudge.Reason), StringComparison.Ordinal);
    }

    [Fact]
    public void SponsorDigest_CountsTheExecutiveWhoWasNudged()
    {
        using var org = new AdoptionOrganization();
        var executive = StoppedExecutive(org);
        var sponsor = org.Person("Sam Okafor");
        org.Setting("SponsorUserId", sponsor.ToString());
        org.TurnSendingOn();
        org.MoveTo(FirstEvaluation);

        org.Evaluate();

        var digest = Assert.Single(Sent(org, sponsor));
        Assert.Equal(MessageKind.SponsorDigest, EvaluationChoices.KindOf(AdoptionOrganization.Choice(digest, Nudge.Kind)));
        Assert.Contains("1 leader was invited to lead by example.", digest.GetAttributeValue<string>(Nudge.EmailBody), StringComparison.Ordinal);
        Assert.DoesNotContain("Erin Walsh", digest.GetAttributeValue<string>(Nudge.EmailBody), StringComparison.Ordinal);
    }

    [Fact]
    public void SponsorDigest_GoesOncePerPeriod()
    {
        using var org = new AdoptionOrganization();
        StoppedExecutive(org);
        var sponsor = org.Person("Sam Okafor");
        org.Setting("SponsorUserId", sponsor.ToString());
        org.TurnSendingOn();
        org.MoveTo(FirstEvaluation);

        org.EvaluateDaily(FirstEvaluation.AddDays(8));

        Assert.Equal([FirstEvaluation, FirstEvaluation.AddDays(7)], Sent(org, sponsor).Select(row => row.GetAttributeValue<DateTime>(Nudge.Day)).Order());
    }

    private static Guid StoppedExecutive(AdoptionOrganization org, int? language = null) => org.StoppedExecutive(language: language);

    private static Entity[] Sent(AdoptionOrganization org, Guid recipient) => org.Nudges(recipient, MessageOutcome.Send);
}
