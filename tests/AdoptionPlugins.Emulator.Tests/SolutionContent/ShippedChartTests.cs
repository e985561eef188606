using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.SolutionContent;

// Each chart in solution/ run in the emulator as the person looking at the dashboard. The clock stands on Monday 2 March 2026:
// week 10 of the year (weeks start on Sunday), so 1 March is week 10 and 23 February week 9.
public sealed class ShippedChartTests
{
    private const int OrganizationGroup = 618370000;
    private const int TierGroup = 618370001;
    private const int TeamGroup = 618370002;

    [Fact]
    public void PeopleActiveByTier_AsManager_CountsEachTeamMemberOncePerWeekWhoDidSomeWork()
    {
        using var org = new AdoptionOrganization();
        var manager = org.CreateUser(AdoptionRoles.SalesManager);
        var report = org.CreateUser(AdoptionRoles.User, manager);
        var quiet = org.CreateUser(AdoptionRoles.User, manager);
        var outsider = org.CreateUser(AdoptionRoles.User);
        Profile(org, (manager, Profiles.Manager), (report, Profiles.Contributor), (quiet, Profiles.Contributor), (outsider, Profiles.Contributor));
        Days(org, (manager, 0, 1), (manager, -1, 4), (report, 0, 2), (report, -7, 1), (quiet, 0, 0), (outsider, 0, 3));

        var rows = org.As(manager).ChartRows("People active each week, by tier", Plain);

        Assert.Equal(["people=1 tier=618370001 week=10", "people=1 tier=618370002 week=10", "people=1 tier=618370002 week=9"], rows);
    }

    [Fact]
    public void WorkByKind_AsAdministrator_SumsEachKindPerWeekOverTheLastEightWeeks()
    {
        using var org = new AdoptionOrganization();
        var admin = org.CreateUser(AdoptionRoles.Administrator);
        var ada = org.CreateUser(AdoptionRoles.User);
        var raj = org.CreateUser(AdoptionRoles.User);
        org.System.Update(Counts(org, ada, 0, ("adopt_taskcount", 2), ("adopt_phonecallcount", 1)));
        org.System.Update(Counts(org, raj, 0, ("adopt_phonecallcount", 3), ("adopt_opportunitywoncount", 1)));
        org.System.Update(Counts(org, ada, -7, ("adopt_meetingcount", 1)));
        org.System.Update(Counts(org, raj, -57, ("adopt_taskcount", 5)));

        var rows = org.As(admin).ChartRows("Customer work by kind, each week", Plain);

        Assert.Equal(
            [
                "adopt_emailsentcount=null adopt_meetingcount=1 adopt_notecount=null adopt_opportunitywoncount=null adopt_opportunityworkedcount=null adopt_phonecallcount=null adopt_taskcount=null week=9",
                "adopt_emailsentcount=null adopt_meetingcount=null adopt_notecount=null adopt_opportunitywoncount=1 adopt_opportunityworkedcount=null adopt_phonecallcount=4 adopt_taskcount=2 week=10",
            ],
            rows);
    }

    [Fact]
    public void StateByTeam_AsAdministrator_CountsEachManagersTeamByStateLeavingOutExcludedPeople()
    {
        using var org = new AdoptionOrganization();
        var admin = org.CreateUser(AdoptionRoles.Administrator);
        var mia = org.CreateUser(AdoptionRoles.SalesManager);
        var leo = org.CreateUser(AdoptionRoles.SalesManager);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, mia), "Ana", state: Profiles.Active);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, mia), "Raj", state: Profiles.Inactive);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, mia), "Sam", state: Profiles.Excluded);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, leo), "Pia", state: Profiles.Active);
        var names = new Dictionary<Guid, string> { [mia] = "Mia", [leo] = "Leo" };

        var rows = org.As(admin).ChartRows("Active and inactive, by team", value => value is EntityReference manager ? names[manager.Id] : Plain(value));

        Assert.Equal(["people=1 state=618370001 team=Leo", "people=1 state=618370001 team=Mia", "people=1 state=618370003 team=Mia"], rows);
    }

    [Fact]
    public void StateByTeam_AsManager_CountsOnlyTheirOwnTeam()
    {
        using var org = new AdoptionOrganization();
        var mia = org.CreateUser(AdoptionRoles.SalesManager);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, mia), "Ana", state: Profiles.Slipping);
        org.CreateProfile(org.CreateUser(AdoptionRoles.User, org.CreateUser(AdoptionRoles.SalesManager)), "Pia");

        var rows = org.As(mia).ChartRows("Active and inactive, by team", value => value is EntityReference ? "manager" : Plain(value));

        Assert.Equal(["people=1 state=618370002 team=manager"], rows);
    }

    [Fact]
    public void ActiveShareByTier_AsSponsor_GivesEachTiersShareDayByDayFromTierTotalsOnly()
    {
        using var org = new AdoptionOrganization();
        var sponsor = org.CreateUser(AdoptionRoles.Sponsor);
        var evaluator = org.CreateUser(AdoptionRoles.Administrator);
        org.CreateSummary(evaluator, TierGroup, org.Today, "Executives", activePercent: 40);
        org.CreateSummary(evaluator, TierGroup, org.Today.AddDays(-28), "Executives", activePercent: 20);
        org.CreateSummary(evaluator, TierGroup, org.Today, "Contributors", activePercent: 75);
        org.CreateSummary(evaluator, OrganizationGroup, org.Today, "Everyone", activePercent: 70);
        org.CreateSummary(org.CreateUser(AdoptionRoles.SalesManager), TeamGroup, org.Today, "Mia's team", activePercent: 90);

        var rows = org.As(sponsor).ChartRows("Active share by tier over time", value => value is DateTime day ? day.ToString("MM-dd", CultureInfo.InvariantCulture) : Plain(value));

        Assert.Equal(["day=02-02 share=20 tier=Executives", "day=03-02 share=40 tier=Executives", "day=03-02 share=75 tier=Contributors"], rows);
    }

    [Fact]
    public void EveryShippedChart_RunsForEveryShippedRole()
    {
        using var org = new AdoptionOrganization();

        var failures = ShippedViews.FailuresForEveryRole(org, ShippedViews.Charts.Select(chart => (chart.Name, chart.FetchXml)));

        Assert.Empty(failures);
    }

    private static string Plain(object? value) => value switch
    {
        null => "null",
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static void Profile(AdoptionOrganization org, params (Guid User, int Tier)[] people)
    {
        foreach (var (user, tier) in people)
        {
            org.CreateProfile(user, user.ToString("N"), tier);
        }
    }

    private static void Days(AdoptionOrganization org, params (Guid User, int Offset, int Total)[] days)
    {
        foreach (var (user, offset, total) in days)
        {
            org.CreateDay(user, org.Today.AddDays(offset), total);
        }
    }

    // A day row of the user, with the given counts set on it.
    private static Entity Counts(AdoptionOrganization org, Guid user, int offset, params (string Column, int Count)[] counts)
    {
        var day = new Entity("adopt_activityday", org.CreateDay(user, org.Today.AddDays(offset)));
        foreach (var (column, count) in counts)
        {
            day[column] = count;
        }

        return day;
    }
}
