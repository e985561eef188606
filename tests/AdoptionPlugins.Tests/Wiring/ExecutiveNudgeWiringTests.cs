using System;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Emulator.Service.Messages;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>The product's story through the emulator: an executive who stops using the CRM is asked, once, to lead by example.</summary>
public sealed class ExecutiveNudgeWiringTests
{
    private static readonly DateTime FirstEvaluation = new(2026, 3, 2);

    [Fact]
    public void ExecutiveWhoStoppedLogging_GetsExactlyOneNudgeInAppAndByEmailFromTheQueue()
    {
        using var org = new AdoptionOrganization();
        var executive = org.Person("Erin Walsh", AdoptionTier.Executive);
        org.LoggedWeekdays(executive, AdoptionOrganization.Start, new DateTime(2026, 1, 30));
        var queue = org.TurnSendingOn();
        org.MoveTo(FirstEvaluation);

        org.EvaluateDaily(FirstEvaluation.AddDays(4));

        var sent = org.NudgesFor(executive).Where(row => AdoptionOrganization.Choice(row, Nudge.Outcome) == EvaluationChoices.ValueOf(MessageOutcome.Send)).ToList();
        var email = Assert.Single(SentEmails.Read(org.Service), email => email.To.Any(party => party.Party?.Id == executive));
        Assert.Equal(EvaluationChoices.ValueOf(MessageKind.ExecutiveNudge), AdoptionOrganization.Choice(Assert.Single(sent), Nudge.Kind));
        Assert.Single(org.NotificationsOf(executive));
        Assert.Equal(queue, Assert.Single(email.From).Party?.Id);
    }
}
