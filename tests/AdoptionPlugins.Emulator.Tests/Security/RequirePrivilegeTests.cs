using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// The named check messages make before they run (prvSendAppNotification, a custom API's executeprivilegename), and the
// notification rows they write for someone else (dataverse-facts 6.1).
public sealed class RequirePrivilegeTests
{
    [Fact]
    public void UserWithoutTheSendPrivilege_FaultsWithoutNamingATable()
    {
        using var org = new TestOrganization();
        var userId = org.CreateUserWith(BuiltInRoles.BasicUser);

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => org.Database.Security.RequirePrivilege(userId, PrivilegeNames.SendAppNotification));

        Assert.Contains("is missing prvSendAppNotification privilege (Id=", fault.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("for entity", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvironmentMaker_HoldsTheSendPrivilege()
    {
        using var org = new TestOrganization();
        var userId = org.CreateUserWith(BuiltInRoles.EnvironmentMaker);

        org.Database.Security.RequirePrivilege(userId, PrivilegeNames.SendAppNotification);

        Assert.True(org.Database.Security.HasPrivilege(userId, "PRVSENDAPPNOTIFICATION"));
    }

    [Fact]
    public void BasicUser_DoesNotHoldTheSendPrivilege()
    {
        using var org = new TestOrganization();
        var userId = org.CreateUserWith(BuiltInRoles.BasicUser);

        var held = org.Database.Security.HasPrivilege(userId, PrivilegeNames.SendAppNotification);

        Assert.False(held);
    }

    [Fact]
    public void SystemAdministratorAndSystem_PassTheCheck()
    {
        using var org = new TestOrganization();

        org.Database.Security.RequirePrivilege(org.UserId, PrivilegeNames.SendAppNotification);
        org.Database.Security.RequirePrivilege(org.Database.SystemUserId, PrivilegeNames.SendAppNotification);

        Assert.True(org.Database.Security.HasPrivilege(org.UserId, "prvAnythingAtAll"));
    }

    [Fact]
    public void BasicCreateOfNotificationForColleague_FaultsCreateAccess()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("appnotification", PrivilegeDepth.Basic, AccessRight.Create, AccessRight.Read).Build());

        FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => tree.AsReader.Create(Notification(tree.Colleague)));
    }

    [Fact]
    public void LocalCreateOfNotificationForColleague_Succeeds()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("appnotification", PrivilegeDepth.Local, AccessRight.Create, AccessRight.Read).Build());

        var id = tree.AsReader.Create(Notification(tree.Colleague));

        Assert.NotEqual(Guid.Empty, id);
    }

    private static Entity Notification(Guid recipient) => new("appnotification")
    {
        ["title"] = "Three of your team logged no activity this week",
        ["ownerid"] = new EntityReference("systemuser", recipient),
    };
}
