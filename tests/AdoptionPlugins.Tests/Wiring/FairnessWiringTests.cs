using System;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Tests.Wiring.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>Fair by design: a new starter and a person on leave are not flagged and not nudged, however little they logged.</summary>
public sealed class FairnessWiringTests
{
    [Fact]
    public void NewStarter_IsNewAndGetsNoNudge()
    {
        using var org = new AdoptionOrganization();
        org.TurnSendingOn();
        org.MoveTo(Stories.FirstEvaluation.AddDays(-3));
        var newcomer = org.Person("Noor Haddad", AdoptionTier.Executive);
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        Assert.Equal(AdoptionState.New, org.StateOf(newcomer));
        Assert.Empty(org.NudgesFor(newcomer));
    }

    [Fact]
    public void PersonOnLeave_IsOnLeaveAndGetsNoNudge()
    {
        using var org = new AdoptionOrganization();
        var away = org.StoppedExecutive();
        org.LeaveFor(away, new DateTime(2026, 2, 2), new DateTime(2026, 3, 13));
        org.TurnSendingOn();
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        Assert.Equal(AdoptionState.OnLeave, org.StateOf(away));
        Assert.Empty(org.NudgesFor(away));
    }

    [Fact]
    public void ActivePerson_StaysActiveWithoutAWriteTheNextDay()
    {
        using var org = new AdoptionOrganization();
        var rep = org.ActivePerson("Ravi Menon");
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        var written = org.ProfileOf(rep).GetAttributeValue<DateTime>(Schema.AdoptionProfile.EvaluatedOn);
        org.MoveTo(Stories.FirstEvaluation.AddDays(1));

        org.Evaluate();

        Assert.Equal((AdoptionState.Active, written), (org.StateOf(rep), org.ProfileOf(rep).GetAttributeValue<DateTime>(Schema.AdoptionProfile.EvaluatedOn)));
    }
}
