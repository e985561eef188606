using System;
using System.Linq;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Xunit;
using AdoptionState = AdoptionPlugins.Adoption.Evaluation.AdoptionState;
using AdoptionTier = AdoptionPlugins.Adoption.Evaluation.AdoptionTier;

namespace AdoptionPlugins.Simulation.Tests.Reporting;

/// <summary>The report's evaluation sections, read from rows of the solution's own evaluation tables.</summary>
public class ReportReaderTests
{
    [Fact]
    public void DryRunNudge_ShowsWhoWouldGetWhatText()
    {
        using var org = new EvaluatedOrganization();
        var executive = org.The(Persona.LapsingExecutive);
        org.Nudge(executive, MessageKind.ExecutiveNudge, MessageOutcome.DryRun, day: 9, "Your team logged 40 calls this week", "Your team won Fabrikam with the CRM.");

        var nudge = Assert.Single(org.Read().Nudges);

        Assert.Equal((executive.FullName, "Lead by example", "Dry run"), (nudge.Recipient, nudge.Kind, nudge.Outcome));
        Assert.Equal(("Your team logged 40 calls this week", "Your team won Fabrikam with the CRM.", org.DateOf(9)), (nudge.Subject, nudge.Body, nudge.Day));
    }

    [Fact]
    public void QuickWin_IsShownWithThePersonItCelebrates()
    {
        using var org = new EvaluatedOrganization();
        var rep = org.The(Persona.SalesRep);
        org.QuickWin(rep, QuickWinKind.DealWon, day: 4, "Fabrikam won");

        var win = Assert.Single(org.Read().QuickWins);

        Assert.Equal(("Deal won with logged work", "Fabrikam won", rep.FullName, org.DateOf(4)), (win.Kind, win.Title, win.Person, win.Day));
    }

    [Fact]
    public void LapsedExecutive_ShowsTheStateTheReasonAndTheFirstDayFlagged()
    {
        using var org = new EvaluatedOrganization();
        var executive = org.The(Persona.LapsingExecutive);
        org.Profile(executive, AdoptionTier.Executive, AdoptionState.Inactive, since: 6, "Active on 1 of 20 working days (5%).");
        org.Snapshot(3, (executive, AdoptionTier.Executive, AdoptionState.Active));
        org.Snapshot(5, (executive, AdoptionTier.Executive, AdoptionState.Slipping));
        org.Snapshot(6, (executive, AdoptionTier.Executive, AdoptionState.Inactive));

        var line = org.Read().Executives.Single(line => line.Name == executive.FullName);

        Assert.Equal(("Inactive", "Active on 1 of 20 working days (5%).", org.DateOf(5), org.DateOf(6)), (line.State, line.Reason, line.FirstFlagged, line.StateSince));
    }

    [Fact]
    public void TierTrend_CountsEachTiersStatesPerDay()
    {
        using var org = new EvaluatedOrganization();
        org.Snapshot(
            2,
            (org.The(Persona.ChiefExecutive), AdoptionTier.Executive, AdoptionState.Active),
            (org.The(Persona.LapsingExecutive), AdoptionTier.Executive, AdoptionState.Slipping),
            (org.The(Persona.NewStarter), AdoptionTier.Contributor, AdoptionState.New));

        var executives = org.Read().TierDays.Single(day => day.Tier == "Executive");

        Assert.Equal((org.DateOf(2), 1, 1, 2, 50), (executives.Date, executives.States.Active, executives.States.Slipping, executives.States.Judged, executives.States.ActivePercent));
    }

    [Fact]
    public void ManagersDashboard_ShowsTheirHierarchyAndNobodyElse()
    {
        using var org = new EvaluatedOrganization();
        var manager = CanReadAdoption(org, org.Plan.Managers.First());
        foreach (var person in org.Plan.Humans.Where(person => person.JoinsOnDay is null))
        {
            org.Profile(person, AdoptionTier.Contributor, AdoptionState.Active, since: 0, "Active.");
        }

        var dashboard = org.Read(privacyMode: false).Dashboard;

        var team = org.Plan.ReportsOf(manager.Id).Count(person => person.JoinsOnDay is null) + 1;
        Assert.Equal((team, 0, team), (dashboard.PeopleVisible, dashboard.PeopleOutsideHierarchy, dashboard.States.Active));
        Assert.Equal(team, dashboard.People.Count);
    }

    [Fact]
    public void ManagersDashboardInPrivacyMode_IsShownAsTotals()
    {
        using var org = new EvaluatedOrganization();
        var manager = CanReadAdoption(org, org.Plan.Managers.First());
        org.Profile(manager, AdoptionTier.Manager, AdoptionState.Active, since: 0, "Active.");

        var dashboard = org.Read(privacyMode: true).Dashboard;

        Assert.Equal(1, dashboard.States.Active);
        Assert.Empty(dashboard.People);
    }

    // What the solution's manager role grants on our tables: the manager's own rows, and their reports' through hierarchy security.
    private static PlannedPerson CanReadAdoption(EvaluatedOrganization org, PlannedPerson manager)
    {
        var role = new SecurityRole
        {
            Id = new Guid("7d0f3a52-1b9c-4e6d-8f21-3c4b5a697801"),
            Name = "Reads own adoption rows",
            Privileges = [.. PrivilegeNames.Grant("adopt_adoptionprofile", PrivilegeDepth.Basic, AccessRight.Read), .. PrivilegeNames.Grant("adopt_activityday", PrivilegeDepth.Basic, AccessRight.Read)],
        };
        org.Organization.Emulator.Database.Security.AddRole(role);
        org.Organization.Emulator.Database.Security.AssignRole(manager.Id, role.Id);
        return manager;
    }
}
