using System;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using Win = AdoptionPlugins.Schema.QuickWin;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>Quick wins are raised from the data, once, however often the evaluation runs or retries.</summary>
public sealed class QuickWinWiringTests
{
    [Fact]
    public void WonDealWithLoggedWork_RaisesOneQuickWinHoweverOftenEvaluated()
    {
        using var org = new AdoptionOrganization();
        var rep = org.ActivePerson("Ravi Menon");
        org.MoveTo(Stories.FirstEvaluation.AddDays(-1));
        var deal = WonWithLoggedTasks(org, rep, tasks: 3);
        org.TurnSendingOn();

        org.EvaluateDaily(Stories.FirstEvaluation.AddDays(2));

        var win = Assert.Single(org.Rows(Win.EntityName));
        Assert.Equal((deal, 3), (win.GetAttributeValue<EntityReference>(Win.OpportunityId).Id, win.GetAttributeValue<int>(Win.ActivityCount)));
        Assert.Single(org.NotificationsOf(rep));
    }

    [Fact]
    public void DealWonWithTooLittleLoggedWork_IsNoQuickWin()
    {
        using var org = new AdoptionOrganization();
        var rep = org.ActivePerson("Ravi Menon");
        org.MoveTo(Stories.FirstEvaluation.AddDays(-1));
        WonWithLoggedTasks(org, rep, tasks: 2);

        org.EvaluateDaily(Stories.FirstEvaluation);

        Assert.Empty(org.Rows(Win.EntityName));
    }

    [Fact]
    public void FirstLoggedMeeting_IsCelebratedOnceWithThePerson()
    {
        using var org = new AdoptionOrganization();
        var rep = org.ActivePerson("Ravi Menon");
        org.LoggedWeekdays(rep, Stories.FirstEvaluation.AddDays(-3), Stories.FirstEvaluation.AddDays(-3), SignalKind.Meeting);
        org.TurnSendingOn();
        org.MoveTo(Stories.FirstEvaluation);

        org.EvaluateDaily(Stories.FirstEvaluation.AddDays(1));

        Assert.Equal(EvaluationChoices.ValueOf(QuickWinKind.FirstMeeting), AdoptionOrganization.Choice(Assert.Single(org.Rows(Win.EntityName)), Win.Kind));
        Assert.Equal(MessageKind.QuickWinNotice, EvaluationChoices.KindOf(AdoptionOrganization.Choice(Assert.Single(org.Nudges(rep, MessageOutcome.Send)), Nudge.Kind)));
    }

    [Fact]
    public void TeamAlreadyUsingTheCrmWhenInstalled_IsNoMilestoneOnTheFirstRun()
    {
        using var org = new AdoptionOrganization();
        var manager = org.ActivePerson("Mia Brandt", Adoption.Evaluation.AdoptionTier.Manager);
        foreach (var number in Enumerable.Range(1, 5))
        {
            org.ActivePerson($"Rep {number}", manager: manager);
        }

        org.MoveTo(Stories.FirstEvaluation);

        org.Evaluate();

        Assert.DoesNotContain(org.Rows(Win.EntityName), row => AdoptionOrganization.Choice(row, Win.Kind) == EvaluationChoices.ValueOf(QuickWinKind.TeamMilestone));
    }

    // The rep logs tasks on an opportunity through the capture steps, then wins it; the wins quick-win check counts the logged tasks.
    private static Guid WonWithLoggedTasks(AdoptionOrganization org, Guid rep, int tasks)
    {
        var asRep = org.Org.ServiceFor(rep);
        var deal = asRep.Create(new Entity(Opportunity.EntityName) { ["name"] = "Contoso renewal" });
        foreach (var number in Enumerable.Range(1, tasks))
        {
            asRep.Create(new Entity(Activity.Task) { ["subject"] = $"Call {number}", ["regardingobjectid"] = new EntityReference(Opportunity.EntityName, deal) });
        }

        asRep.Execute(new WinOpportunityRequest { OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference(Opportunity.EntityName, deal) }, Status = new OptionSetValue(-1) });
        org.Org.AsyncJobs.RunUntilIdle();
        return deal;
    }
}
