using System.Linq;
using AdoptionPlugins.Tooling.Roles;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.SolutionContent;

// Each view in solution/ run as the person it is for, with the shipped roles and manager hierarchy security.
public sealed class ShippedViewTests
{
    private const int OrganizationGroup = 618370000;
    private const int TierGroup = 618370001;
    private const int TeamGroup = 618370002;

    [Fact]
    public void MyTeamsAdoption_AsManager_ListsTheirTeamButNotAPeerTeamOrExcludedPeople()
    {
        using var org = new AdoptionOrganization();
        var manager = org.CreateUser(AdoptionRoles.SalesManager);
        org.CreateProfile(manager, "Mia (manager)", Profiles.Manager);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, manager), "Raj (report)", state: Profiles.Slipping);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, manager), "Sam (excluded)", state: Profiles.Excluded);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, org.CreateUser(AdoptionRoles.SalesManager)), "Pia (peer's report)");

        var names = org.As(manager).Names("My team's adoption");

        Assert.Equal(["Mia (manager)", "Raj (report)"], names);
    }

    [Fact]
    public void ExecutivesNotYetUsingTheCrm_ListsOnlySlippingAndInactiveExecutives()
    {
        using var org = new AdoptionOrganization();
        var admin = org.CreateUser(AdoptionRoles.Administrator);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User), "Ceo (inactive)", Profiles.Executive, Profiles.Inactive);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User), "Cso (slipping)", Profiles.Executive, Profiles.Slipping);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User), "Cfo (active)", Profiles.Executive, Profiles.Active);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User), "Rep (inactive)", Profiles.Contributor, Profiles.Inactive);

        var names = org.As(admin).Names("Executives not yet using the CRM");

        Assert.Equal(["Ceo (inactive)", "Cso (slipping)"], names);
    }

    [Fact]
    public void SlippingView_AsManager_ListsOnlyTheirSlippingReports()
    {
        using var org = new AdoptionOrganization();
        var manager = org.CreateUser(AdoptionRoles.SalesManager);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, manager), "Raj (slipping)", state: Profiles.Slipping);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, manager), "Ana (active)");
        org.CreateProfile(org.CreateUser(AdoptionRoles.User), "Lee (slipping, other team)", state: Profiles.Slipping);

        var names = org.As(manager).Names("Slipping, worth a check-in");

        Assert.Equal(["Raj (slipping)"], names);
    }

    [Fact]
    public void MyOwnAdoption_AsAdministrator_ListsOnlyTheirOwnProfile()
    {
        using var org = new AdoptionOrganization();
        var admin = org.CreateUser(AdoptionRoles.Administrator);
        org.CreateProfile(admin, "Ada (admin)");
        org.CreateProfile(org.CreateUser(AdoptionRoles.User), "Raj");

        var names = org.As(admin).Names("My own adoption");

        Assert.Equal(["Ada (admin)"], names);
    }

    [Fact]
    public void MyTeamsActivityLast7Days_AsManager_ListsTheTeamsDaysOfTheLastSevenDays()
    {
        using var org = new AdoptionOrganization();
        var manager = org.CreateUser(AdoptionRoles.SalesManager);
        var report = org.CreateUser(AdoptionRoles.User, manager);
        org.CreateDay(manager, org.Today, name: "manager today");
        org.CreateDay(report, org.Today.AddDays(-6), name: "report six days ago");
        org.CreateDay(report, org.Today.AddDays(-7), name: "report seven days ago");
        org.CreateDay(org.CreateUser(AdoptionRoles.User), org.Today, name: "someone else today");

        var names = org.As(manager).Names("My team's activity, last 7 days");

        Assert.Equal(["manager today", "report six days ago"], names);
    }

    [Fact]
    public void MyActivityDays_AsManager_ListsOnlyTheirOwnDays()
    {
        using var org = new AdoptionOrganization();
        var manager = org.CreateUser(AdoptionRoles.SalesManager);
        org.CreateDay(manager, org.Today, name: "mine");
        org.CreateDay(org.CreateUser(AdoptionRoles.User, manager), org.Today, name: "my report's");

        var names = org.As(manager).Names("My activity days");

        Assert.Equal(["mine"], names);
    }

    [Fact]
    public void QuickWinsThisMonth_AsManager_ListsTheirTeamsWinsOfThisMonthOnly()
    {
        using var org = new AdoptionOrganization();
        var manager = org.CreateUser(AdoptionRoles.SalesManager);
        var report = org.CreateUser(AdoptionRoles.User, manager);
        var firstOfMonth = org.Today.AddDays(1 - org.Today.Day);
        org.CreateQuickWin(report, firstOfMonth, "Raj's first meeting");
        org.CreateQuickWin(report, firstOfMonth.AddDays(-1), "Raj's win last month");
        org.CreateQuickWin(org.CreateUser(AdoptionRoles.User), org.Today, "Another team's win");

        var names = org.As(manager).Names("Quick wins this month");

        Assert.Equal(["Raj's first meeting"], names);
    }

    [Fact]
    public void AdoptionTotals_AsSponsor_ListsOrganizationAndTierTotalsOfTheLast30Days()
    {
        using var org = new AdoptionOrganization();
        var sponsor = org.CreateUser(AdoptionRoles.Sponsor);
        var evaluator = org.CreateUser(AdoptionRoles.Administrator);
        org.CreateSummary(evaluator, OrganizationGroup, org.Today, "Everyone");
        org.CreateSummary(evaluator, TierGroup, org.Today, "Executives");
        org.CreateSummary(evaluator, TierGroup, org.Today.AddDays(-31), "Executives a month ago");
        org.CreateSummary(org.CreateUser(AdoptionRoles.SalesManager), TeamGroup, org.Today, "Mia's team");

        var names = org.As(sponsor).Names("Adoption totals, last 30 days");

        Assert.Equal(["Everyone", "Executives"], names);
    }

    [Fact]
    public void MyTeamsTotals_AsManager_ListsTheirTeamAndTheirManagersTeamsButNotAPeers()
    {
        using var org = new AdoptionOrganization();
        var manager = org.CreateUser(AdoptionRoles.SalesManager);
        org.CreateSummary(manager, TeamGroup, org.Today, "Mia's team");
        org.CreateSummary(org.CreateUser(AdoptionRoles.SalesManager, manager), TeamGroup, org.Today, "Raj's team");
        org.CreateSummary(org.CreateUser(AdoptionRoles.SalesManager), TeamGroup, org.Today, "Pia's team (peer)");
        org.CreateSummary(manager, OrganizationGroup, org.Today, "Everyone");

        var names = org.As(manager).Names("My team's totals");

        Assert.Equal(["Mia's team", "Raj's team"], names);
    }

    [Fact]
    public void EveryShippedView_RunsForEveryShippedRole()
    {
        using var org = new AdoptionOrganization();

        var failures = ShippedViews.FailuresForEveryRole(org, ShippedViews.Solution.Tables.SelectMany(table => table.Views).Select(view => (view.Name, view.FetchXml)));

        Assert.Empty(failures);
    }
}
