using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// Rows owned by a team belong to its members; an owner team's roles give their privileges to its members.
public sealed class TeamTests
{
    [Fact]
    public void TaskOwnedByTeam_IsReadByAMemberWithBasicRead()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Basic, AccessRight.Read).Build());
        var team = org.CreateTeam(tree.Support, members: tree.Reader);
        var id = org.CreateTaskOwnedBy(team, "team's", "team");

        var task = tree.AsReader.Retrieve("task", id, new ColumnSet("subject"));

        Assert.Equal("team's", task["subject"]);
    }

    [Fact]
    public void TaskOwnedByTeam_IsNotReadByANonMemberWithBasicRead()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Basic, AccessRight.Read).Build());
        var team = org.CreateTeam(tree.Sales, members: tree.Colleague);
        var id = org.CreateTaskOwnedBy(team, "team's", "team");

        FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => tree.AsReader.Retrieve("task", id, new ColumnSet("subject")));
    }

    [Fact]
    public void OwnerTeamRole_GivesItsPrivilegesToAMemberWithoutRoles()
    {
        using var org = new TestOrganization();
        var memberId = org.CreateUserWith(role: null);
        var team = org.CreateTeam(org.Database.RootBusinessUnitId, members: memberId);
        org.CreateTaskOwnedBy(org.UserId, "someone's");

        org.GrantTeam(team, A.Role("Readers").Granting("task", PrivilegeDepth.Global, AccessRight.Read).Build());

        Assert.Equal(["someone's"], org.ServiceFor(memberId).Subjects(Queries.Tasks()));
    }

    [Fact]
    public void OwnerTeamRoleDepth_ReachesFromTheTeamsBusinessUnit()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Basic, AccessRight.Read).Build());
        var team = org.CreateTeam(tree.North, members: tree.Reader);

        org.GrantTeam(team, A.Role("North Readers").Granting("task", PrivilegeDepth.Local, AccessRight.Read).Build());

        Assert.Equal(["mine", "north"], tree.AsReader.Subjects(Queries.Tasks()));
    }

    [Fact]
    public void AccessTeam_CannotHoldARole()
    {
        using var org = new TestOrganization();
        var team = org.CreateTeam(org.Database.RootBusinessUnitId, teamType: 1);

        var error = Assert.Throws<InvalidOperationException>(() => org.Database.Security.AssignTeamRole(team, BuiltInRoles.BasicUser.Id));

        Assert.Equal($"Team {team} is an access team, which cannot hold security roles.", error.Message);
    }

    [Fact]
    public void MembershipOfAnAccessTeam_GivesNoRoles()
    {
        using var org = new TestOrganization();
        var memberId = org.CreateUserWith(role: null);
        org.CreateTeam(org.Database.RootBusinessUnitId, teamType: 1, members: memberId);

        FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => org.ServiceFor(memberId).RetrieveMultiple(Queries.Tasks()));
    }
}
