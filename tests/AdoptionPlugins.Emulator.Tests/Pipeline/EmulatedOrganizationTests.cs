using System;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>The facade plugin tests start from: services per user, users, and the emulated clock.</summary>
public sealed class EmulatedOrganizationTests
{
    [Fact]
    public void ServiceForAUser_StampsItsWritesWithThatUser()
    {
        using var org = new EmulatedOrganization();
        var user = org.CreateUser("Lovelace");

        var id = org.ServiceFor(user).Create(A.Task().Build());

        Assert.Equal(user, org.SystemService.Retrieve("task", id, new ColumnSet("createdby")).GetAttributeValue<EntityReference>("createdby").Id);
    }

    [Fact]
    public void CreatedUser_IsLicensedAndReportsToItsManager()
    {
        using var org = new EmulatedOrganization();
        var manager = org.CreateUser("Manager");

        var user = org.SystemService.Retrieve("systemuser", org.CreateUser("Report", manager), new ColumnSet("islicensed", "parentsystemuserid", "businessunitid"));

        Assert.True(user.GetAttributeValue<bool>("islicensed"));
        Assert.Equal(manager, user.GetAttributeValue<EntityReference>("parentsystemuserid").Id);
        Assert.Equal(org.RootBusinessUnitId, user.GetAttributeValue<EntityReference>("businessunitid").Id);
    }

    [Fact]
    public void Rows_AreStampedWithTheEmulatedTime()
    {
        var start = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        using var org = new EmulatedOrganization(new EmulatedOrganizationOptions { StartTime = start });
        org.Clock.Advance(TimeSpan.FromHours(3));

        var id = org.SystemService.Create(A.Task().Build());

        Assert.Equal(start.AddHours(3), org.SystemService.Retrieve("task", id, new ColumnSet("createdon"))["createdon"]);
    }

    [Fact]
    public void EmulatedClock_RefusesToGoBack()
    {
        var clock = new SimulatedClock(EmulatedOrganizationOptions.DefaultStartTime);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }
}
