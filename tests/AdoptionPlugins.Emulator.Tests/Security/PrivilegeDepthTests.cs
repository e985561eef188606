using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// Each depth of a user-owned table's privileges against the business unit tree of SalesTree (reader in Sales).
public sealed class PrivilegeDepthTests
{
    [Theory]
    [InlineData(PrivilegeDepth.Basic, new[] { "mine" })]
    [InlineData(PrivilegeDepth.Local, new[] { "colleague", "mine" })]
    [InlineData(PrivilegeDepth.Deep, new[] { "colleague", "mine", "north" })]
    [InlineData(PrivilegeDepth.Global, new[] { "colleague", "mine", "north", "root", "support" })]
    public void ReadDepth_DecidesWhichTasksRetrieveMultipleReturns(PrivilegeDepth depth, string[] expected)
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", depth, AccessRight.Read).Build());

        var subjects = tree.AsReader.Subjects(Queries.Tasks());

        Assert.Equal(expected, subjects);
    }

    [Theory]
    [InlineData(PrivilegeDepth.Basic, "colleague")]
    [InlineData(PrivilegeDepth.Local, "north")]
    [InlineData(PrivilegeDepth.Deep, "support")]
    public void RetrieveBeyondReadDepth_FaultsRecordAccessDenied(PrivilegeDepth depth, string subject)
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", depth, AccessRight.Read).Build());

        FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => tree.AsReader.Retrieve("task", tree.Tasks[subject], new ColumnSet("subject")));
    }

    [Fact]
    public void RetrieveWithinReadDepth_ReturnsTheRow()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Deep, AccessRight.Read).Build());

        var task = tree.AsReader.Retrieve("task", tree.Tasks["north"], new ColumnSet("subject"));

        Assert.Equal("north", task["subject"]);
    }

    [Fact]
    public void LocalWriter_UpdatesColleaguesTask()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Local, AccessRight.Read, AccessRight.Write).Build());

        tree.AsReader.Update(new Entity("task", tree.Tasks["colleague"]) { ["subject"] = "edited" });

        Assert.Equal("edited", org.Service.Retrieve("task", tree.Tasks["colleague"], new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void LocalWriter_UpdateOfTaskInChildUnit_FaultsAndLeavesItUnchanged()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Local, AccessRight.Read, AccessRight.Write).Build());

        FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => tree.AsReader.Update(new Entity("task", tree.Tasks["north"]) { ["subject"] = "edited" }));

        Assert.Equal("north", org.Service.Retrieve("task", tree.Tasks["north"], new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void DeepDeleter_DeletesTaskInChildUnit()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Deep, AccessRight.Read, AccessRight.Delete).Build());

        tree.AsReader.Delete("task", tree.Tasks["north"]);

        Assert.DoesNotContain("north", org.Service.Subjects(Queries.Tasks()));
    }

    [Fact]
    public void BasicDeleter_DeleteOfColleaguesTask_FaultsAndKeepsTheRow()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Basic, AccessRight.Read, AccessRight.Delete).Build());

        FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => tree.AsReader.Delete("task", tree.Tasks["colleague"]));

        Assert.Contains("colleague", org.Service.Subjects(Queries.Tasks()));
    }

    [Fact]
    public void WriterWithoutWritePrivilege_UpdateOfOwnTask_FaultsPrivilegeDenied()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Global, AccessRight.Read).Build());

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => tree.AsReader.Update(new Entity("task", tree.Tasks["mine"]) { ["subject"] = "x" }));

        Assert.Contains("is missing prvWriteActivity privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderWithoutAnyRole_RetrieveMultipleFaultsPrivilegeDenied()
    {
        using var org = new TestOrganization();
        var userId = org.CreateUserWith(role: null);

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => org.ServiceFor(userId).RetrieveMultiple(Queries.Tasks()));

        Assert.Contains("is missing prvReadActivity privilege", fault.Message, StringComparison.Ordinal);
        Assert.Contains("roleCount=0", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoRoles_TheDeeperDepthWins()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Basic, AccessRight.Read).Build());
        org.Grant(tree.Reader, A.Role("Sales Manager").Granting("task", PrivilegeDepth.Local, AccessRight.Read).Build());

        var subjects = tree.AsReader.Subjects(Queries.Tasks());

        Assert.Equal(["colleague", "mine"], subjects.ToArray());
    }
}
