using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Metadata;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.SolutionContent;

// The roles in solution/Roles, loaded as the platform would import them: who reads whose activity days.
public sealed class ShippedRoleAccessTests
{
    [Fact]
    public void Rep_ReadsOnlyTheirOwnActivityDays()
    {
        using var org = new AdoptionOrganization();
        var rep = org.CreateUser(AdoptionRoles.User);
        org.CreateDay(rep, org.Today, name: "mine");
        org.CreateDay(org.CreateUser(AdoptionRoles.User), org.Today, name: "colleague");

        var names = DayNames(org.As(rep));

        Assert.Equal(["mine"], names);
    }

    [Fact]
    public void Manager_ReadsTheirReportsDaysButNotAPeerTeams()
    {
        using var org = new AdoptionOrganization();
        var teams = new TwoTeams(org);

        var names = DayNames(org.As(teams.Manager));

        Assert.Equal(["manager", "report", "report's report"], names);
    }

    [Fact]
    public void Manager_WithHierarchySecurityOff_ReadsOnlyTheirOwnDays()
    {
        using var org = new AdoptionOrganization(hierarchySecurity: false);
        var teams = new TwoTeams(org);

        var names = DayNames(org.As(teams.Manager));

        Assert.Equal(["manager"], names);
    }

    [Fact]
    public void Administrator_ReadsEveryonesDays()
    {
        using var org = new AdoptionOrganization();
        _ = new TwoTeams(org);
        var admin = org.CreateUser(AdoptionRoles.Administrator);

        var names = DayNames(org.As(admin));

        Assert.Equal(["manager", "peer", "peer's report", "report", "report's report"], names);
    }

    [Fact]
    public void Sponsor_ReadsOnlyTheirOwnDays()
    {
        using var org = new AdoptionOrganization();
        var sponsor = org.CreateUser(AdoptionRoles.Sponsor);
        org.CreateDay(sponsor, org.Today, name: "sponsor");
        _ = new TwoTeams(org);

        var names = DayNames(org.As(sponsor));

        Assert.Equal(["sponsor"], names);
    }

    [Fact]
    // Reps write their own profile to opt out (the guard step, tested with the plugins, limits what they change); the role
    // alone keeps them off a colleague's.
    public void Rep_CannotChangeAColleaguesAdoptionProfile()
    {
        using var org = new AdoptionOrganization(hierarchySecurity: false);
        var rep = org.CreateUser(AdoptionRoles.User);
        var colleague = org.CreateUser(AdoptionRoles.User);
        var profile = org.System.Create(new Entity("adopt_adoptionprofile") { ["adopt_name"] = "Ada", ["adopt_userid"] = AdoptionOrganization.User(colleague), ["ownerid"] = AdoptionOrganization.User(colleague) });

        FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => org.As(rep).Update(new Entity("adopt_adoptionprofile", profile) { ["adopt_isoptedout"] = true }));
    }

    [Fact]
    public void Rep_RecordsTheirOwnLeave()
    {
        using var org = new AdoptionOrganization();
        var rep = org.CreateUser(AdoptionRoles.User);
        var leave = new Entity("adopt_leaveperiod")
        {
            ["adopt_name"] = "Summer holiday",
            ["adopt_userid"] = AdoptionOrganization.User(rep),
            ["adopt_startdate"] = org.Today.AddDays(10),
            ["adopt_enddate"] = org.Today.AddDays(20),
        };

        var id = org.As(rep).Create(leave);

        Assert.Equal("Summer holiday", org.As(rep).Retrieve("adopt_leaveperiod", id, new ColumnSet("adopt_name"))["adopt_name"]);
    }

    private static string[] DayNames(IOrganizationService service) =>
        [.. service.RetrieveMultiple(new QueryExpression(ASignal.DayTable) { ColumnSet = new ColumnSet("adopt_name") })
            .Entities.Select(day => day.GetAttributeValue<string>("adopt_name")).Order(StringComparer.Ordinal)];

    // Two sales managers in one business unit, as most organizations keep sales: each with a report who has a report of their own.
    private sealed class TwoTeams
    {
        public TwoTeams(AdoptionOrganization org)
        {
            Manager = org.CreateUser(AdoptionRoles.SalesManager);
            var report = org.CreateUser(AdoptionRoles.User, Manager);
            var peer = org.CreateUser(AdoptionRoles.SalesManager);
            var peerReport = org.CreateUser(AdoptionRoles.User, peer);
            foreach (var (user, name) in new[] { (Manager, "manager"), (report, "report"), (org.CreateUser(AdoptionRoles.User, report), "report's report"), (peer, "peer"), (peerReport, "peer's report") })
            {
                org.CreateDay(user, org.Today, name: name);
            }
        }

        public Guid Manager { get; }
    }
}
