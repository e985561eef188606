using System;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Privacy.Support;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;
using AdoptionState = AdoptionPlugins.Adoption.Evaluation.AdoptionState;
using AdoptionTier = AdoptionPlugins.Adoption.Evaluation.AdoptionTier;
using QuickWin = AdoptionPlugins.Schema.QuickWin;

namespace AdoptionPlugins.Tests.Privacy;

/// <summary>After an erase nothing of ours names the person, others keep their messages and wins, and the profile is a tombstone.</summary>
public sealed class ErasureWiringTests
{
    [Fact]
    public void ManagersTeamSummaryNamingThePerson_KeepsEverythingButTheName()
    {
        using var org = new AdoptionOrganization();
        org.Setting(SettingNames.PrivacyMode, "false");
        var manager = org.ActivePerson("North Lead", AdoptionTier.Manager);
        org.ActivePerson("North One", manager: manager);
        var quiet = org.Person("North Quiet", manager: manager);
        org.LoggedWeekdays(quiet, AdoptionOrganization.Start, Stories.StoppedAfter);
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        var before = SummaryOf(org, manager);

        PersonalDataCalls.EraseAll(org.Service, quiet);

        Assert.Equal((true, before.Replace("North Quiet", "a colleague", StringComparison.Ordinal)), (before.Contains("North Quiet", StringComparison.Ordinal), SummaryOf(org, manager)));
    }

    [Fact]
    public void ColleaguesDealWinNamingThePerson_KeepsEverythingButTheName()
    {
        using var org = new AdoptionOrganization();
        var person = org.Person("Ravi Menon");
        var win = org.DealWinOf(org.Person("Ana Costa"), "“Rahmenvertrag” was won, with 3 activities logged along the way by Ana Costa and Ravi Menon.");

        PersonalDataCalls.EraseAll(org.Service, person);

        var body = org.Service.Retrieve(QuickWin.EntityName, win, new ColumnSet(QuickWin.Body)).GetAttributeValue<string>(QuickWin.Body);
        Assert.Equal("“Rahmenvertrag” was won, with 3 activities logged along the way by Ana Costa and a colleague.", body);
    }

    [Fact]
    public void NameWithLikeWildcards_IsFoundAndReplacedInTheMessagesLanguage()
    {
        using var org = new AdoptionOrganization();
        var person = org.Person("Anna_Maria [Sales] 100%");
        var digest = org.DigestTo(org.Person("Sam Sponsor"), "Eingeladen, mit gutem Beispiel voranzugehen: Anna_Maria [Sales] 100% und Ana Costa.", language: 1031);

        PersonalDataCalls.EraseAll(org.Service, person);

        var row = org.Service.Retrieve(Nudge.EntityName, digest, new ColumnSet(Nudge.Body, Nudge.EmailBody, Nudge.Reason));
        Assert.Equal(
            ("Eingeladen, mit gutem Beispiel voranzugehen: N. N. und Ana Costa.", "Adoption digest\n\nEingeladen, mit gutem Beispiel voranzugehen: N. N. und Ana Costa.", "Sent."),
            (row.GetAttributeValue<string>(Nudge.Body), row.GetAttributeValue<string>(Nudge.EmailBody), row.GetAttributeValue<string>(Nudge.Reason)));
    }

    [Fact]
    public void EraseResumedFromACursor_CarriesOnAfterTheLastRowDone()
    {
        using var org = new AdoptionOrganization();
        var person = org.Person("Ravi Menon");
        var sponsor = org.Person("Sam Sponsor");
        var done = org.DigestTo(sponsor, "Leaders invited: Ravi Menon.", id: new Guid("00000000-0000-0000-0000-000000000001"));
        var next = org.DigestTo(sponsor, "Leaders invited: Ravi Menon.", id: new Guid("00000000-0000-0000-0000-000000000002"));
        var cursor = new PersonalDataCursor(person, AdoptionDataTable.MessagesNamingThem, done).ToString();

        org.Service.Execute(new OrganizationRequest(EraseUserAdoptionDataMessage.UniqueName) { ["UserId"] = person, ["Cursor"] = cursor });

        Assert.Equal(("Leaders invited: Ravi Menon.", "Leaders invited: a colleague."), (BodyOf(org, done), BodyOf(org, next)));
    }

    [Fact]
    public void ErasedProfile_KeepsOnlyTheUserTheEraseDayAndTheOptOut()
    {
        using var org = new AdoptionOrganization();
        var person = org.PersonWithHistory("Ravi Menon");
        org.MoveTo(Stories.FirstEvaluation);
        org.Evaluate();
        org.Service.Update(new Entity(AdoptionProfile.EntityName, org.ProfileOf(person).Id) { [AdoptionProfile.IsOptedOut] = true });

        PersonalDataCalls.EraseAll(org.Service, person);

        var profile = org.ProfileOf(person);
        Assert.Equal(
            (person, Stories.FirstEvaluation, Stories.FirstEvaluation, true, (string?)null, (OptionSetValue?)null, (string?)null, (DateTime?)null),
            (profile.GetAttributeValue<EntityReference>(AdoptionProfile.UserId).Id, profile.GetAttributeValue<DateTime>(AdoptionProfile.ErasedOn), profile.GetAttributeValue<DateTime>(AdoptionProfile.FirstSeenOn),
                profile.GetAttributeValue<bool>(AdoptionProfile.IsOptedOut), profile.GetAttributeValue<string>(AdoptionProfile.Name), profile.GetAttributeValue<OptionSetValue>(AdoptionProfile.State),
                profile.GetAttributeValue<string>(AdoptionProfile.StateReason), profile.GetAttributeValue<DateTime?>(AdoptionProfile.LastActivityOn)));
    }

    [Fact]
    public void EvaluationAfterAnErase_GivesAFreshStartRatherThanJudgingTheErasedDays()
    {
        using var org = new AdoptionOrganization();
        var person = org.PersonWithHistory("Ravi Menon");
        org.MoveTo(Stories.FirstEvaluation);
        PersonalDataCalls.EraseAll(org.Service, person);
        org.MoveTo(Stories.FirstEvaluation.AddDays(1));

        org.Evaluate();

        Assert.Equal(AdoptionState.New, org.StateOf(person));
    }

    private static string SummaryOf(AdoptionOrganization org, Guid manager)
    {
        var summary = Assert.Single(org.NudgesFor(manager), row => AdoptionOrganization.Choice(row, Nudge.Kind) == EvaluationChoices.ValueOf(MessageKind.TeamSummary));
        return summary.GetAttributeValue<string>(Nudge.Body) + "\n" + summary.GetAttributeValue<string>(Nudge.EmailBody);
    }

    private static string BodyOf(AdoptionOrganization org, Guid nudge) =>
        org.Service.Retrieve(Nudge.EntityName, nudge, new ColumnSet(Nudge.Body)).GetAttributeValue<string>(Nudge.Body);
}
