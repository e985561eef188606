using System;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>Managers see their own hierarchy only, and privacy mode keeps names and small groups out of what leaders and sponsors read.</summary>
public sealed class TeamsAndPrivacyWiringTests
{
    [Fact]
    public void ManagerSummary_NamesOnlyTheirOwnPeople()
    {
        using var org = new AdoptionOrganization();
        org.Setting(SettingNames.PrivacyMode, "false");
        var (north, _) = Team(org, "North");
        Team(org, "South");
        org.TurnSendingOn();
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        var summary = Assert.Single(org.Nudges(north, MessageOutcome.Send)).GetAttributeValue<string>(Nudge.EmailBody);
        Assert.Contains("Might welcome a hand getting back into the CRM: North Quiet.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("South", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivacyMode_TeamOfThreeGetsNoFigures()
    {
        using var org = new AdoptionOrganization();
        var (north, _) = Team(org, "North");
        org.TurnSendingOn();
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        var held = Assert.Single(org.Nudges(north, MessageOutcome.Withheld));
        Assert.StartsWith("Not sent: the group has fewer than 5 people", held.GetAttributeValue<string>(Nudge.Reason), StringComparison.Ordinal);
        Assert.Empty(org.NotificationsOf(north));
    }

    [Fact]
    public void PrivacyModeOff_DigestNamesTheExecutivesInvited()
    {
        using var org = new AdoptionOrganization();
        org.Setting(SettingNames.PrivacyMode, "false");
        org.StoppedExecutive();
        var sponsor = org.Person("Sam Okafor");
        org.Setting(SettingNames.SponsorUserId, sponsor.ToString());
        org.TurnSendingOn();
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        Assert.Contains("Leaders invited to lead by example: Erin Walsh.", Assert.Single(org.Nudges(sponsor, MessageOutcome.Send)).GetAttributeValue<string>(Nudge.EmailBody), StringComparison.Ordinal);
    }

    [Fact]
    public void ExecutiveNudge_OpensWithWhatTheirTeamLogged()
    {
        using var org = new AdoptionOrganization();
        var executive = org.StoppedExecutive();
        foreach (var number in Enumerable.Range(1, 5))
        {
            org.ActivePerson($"Rep {number}", manager: executive);
        }

        org.TurnSendingOn();
        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        var nudge = Assert.Single(org.Nudges(executive, MessageOutcome.Send));
        Assert.StartsWith("Your team logged 25 activities in the last 7 days.", nudge.GetAttributeValue<string>(Nudge.Body), StringComparison.Ordinal);
    }

    // A manager with three reports, one of whom stopped logging in January.
    private static (Guid Manager, Guid Quiet) Team(AdoptionOrganization org, string name)
    {
        var manager = org.ActivePerson($"{name} Lead", AdoptionTier.Manager);
        org.ActivePerson($"{name} One", manager: manager);
        org.ActivePerson($"{name} Two", manager: manager);
        var quiet = org.Person($"{name} Quiet", manager: manager);
        org.LoggedWeekdays(quiet, AdoptionOrganization.Start, Stories.StoppedAfter);
        return (manager, quiet);
    }
}
