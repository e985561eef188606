using System;
using System.Linq;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Wiring.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Wiring;

/// <summary>An administrator can evaluate one user or one team on demand; nobody else is touched and no digest goes out.</summary>
public sealed class ScopeWiringTests
{
    [Fact]
    public void OneUser_OnlyThatUsersProfileIsWritten()
    {
        using var org = new AdoptionOrganization();
        var rep = org.ActivePerson("Ravi Menon");
        org.ActivePerson("Lena Vogel");
        org.MoveTo(Stories.FirstEvaluation);

        var run = org.Evaluate(userId: rep);

        Assert.Equal(1, run.Evaluated);
        Assert.Equal([rep], org.EvaluatedUsers());
    }

    [Fact]
    public void OneTeam_OnlyItsMembersAreEvaluated()
    {
        using var org = new AdoptionOrganization();
        var members = new[] { org.ActivePerson("Ravi Menon"), org.ActivePerson("Lena Vogel") };
        org.ActivePerson("Outside Person");
        var team = org.Service.Create(new Entity(Team.EntityName) { ["name"] = "North", ["businessunitid"] = new EntityReference("businessunit", org.Org.RootBusinessUnitId) });
        Array.ForEach(members, member => org.Org.Database.Security.AddTeamMember(team, member));
        org.MoveTo(Stories.FirstEvaluation);

        var run = org.Evaluate(teamId: team, pageSize: 1);

        Assert.Equal(2, run.Evaluated);
        Assert.Equal(members.Order(), org.EvaluatedUsers().Order());
    }
}
