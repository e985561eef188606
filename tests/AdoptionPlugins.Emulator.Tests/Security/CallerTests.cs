using System;
using System.Text.RegularExpressions;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// Who the caller is: unknown and disabled users are refused, SYSTEM and System Administrators pass every check, and the
// faults carry the platform's codes and message shapes.
public sealed class CallerTests
{
    [Fact]
    public void UnknownCaller_FaultsAsAMissingUser()
    {
        using var org = new TestOrganization();
        var callerId = Guid.NewGuid();

        var fault = FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.ServiceFor(callerId).Create(A.Task().Build()));

        Assert.Equal($"systemuser With Id = {callerId} Does Not Exist", fault.Message);
    }

    [Fact]
    public void DisabledCaller_FaultsUserNotEnabled()
    {
        using var org = new TestOrganization();
        var callerId = org.CreateUser();
        org.Service.Update(new Entity("systemuser", callerId) { ["isdisabled"] = true });

        var fault = FaultAssert.Throws(ErrorCodes.UserNotEnabled, () => org.ServiceFor(callerId).RetrieveMultiple(Queries.Tasks()));

        Assert.StartsWith("The specified user is either disabled or is not a member of any business unit.", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemUser_ReadsAndWritesRowsOfEveryUser()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Build());

        org.SystemService.Update(new Entity("task", tree.Tasks["support"]) { ["subject"] = "by SYSTEM" });

        Assert.Contains("by SYSTEM", org.SystemService.Subjects(Queries.Tasks()));
    }

    [Fact]
    public void SystemAdministrator_ReadsTasksOfEveryUnitWithoutTablePrivileges()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, BuiltInRoles.SystemAdministrator);

        var subjects = tree.AsReader.Subjects(Queries.Tasks());

        Assert.Equal(["colleague", "mine", "north", "root", "support"], subjects);
    }

    [Fact]
    public void EnforcementTurnedOff_LetsAUserWithoutRolesWrite()
    {
        using var org = new TestOrganization(security: new SecurityOptions { Enforce = false });
        var userId = org.CreateUserWith(role: null);

        var id = org.ServiceFor(userId).Create(A.Task().Build());

        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void MissingPrivilege_FaultNamesPrincipalRolesPrivilegeAndTable()
    {
        using var org = new TestOrganization();
        var userId = org.CreateUserWith(A.Role().Granting("account", PrivilegeDepth.Basic, AccessRight.Read, AccessRight.Write).Build());

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => org.ServiceFor(userId).Retrieve("task", Guid.NewGuid(), new ColumnSet()));

        var expected = $"^Principal user \\(Id={userId}, type=8, roleCount=1, privilegeCount=2, accessMode='0 Read-Write', businessUnitId={org.Database.RootBusinessUnitId}\\), "
            + "is missing prvReadActivity privilege \\(Id=[0-9a-f-]{36}\\) for entity 'task'\\. "
            + $"context\\.Caller={userId}\\. Consider adding missed privilege to one of the principal \\(user/team\\) roles\\.$";
        Assert.Matches(new Regex(expected), fault.Message);
    }

    [Fact]
    public void RowOutOfReach_FaultNamesPrincipalRightRowAndTable()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Basic, AccessRight.Read).Build());

        var fault = FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => tree.AsReader.Retrieve("task", tree.Tasks["colleague"], new ColumnSet()));

        Assert.Equal($"Principal with id {tree.Reader} does not have ReadAccess right(s) for record with id {tree.Tasks["colleague"]} of entity task.", fault.Message);
    }
}
