using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// Create needs Create (and Read to own the row) at a depth reaching the new owner; changing the owner needs Assign.
public sealed class CreateAndAssignTests
{
    private static readonly AccessRight[] ReadWriteAssign = [AccessRight.Read, AccessRight.Write, AccessRight.Assign];

    [Fact]
    public void CreatorWithoutCreatePrivilege_FaultsPrivilegeDenied()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Global, AccessRight.Read).Build());

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => tree.AsReader.Create(A.Task().Build()));

        Assert.Contains("is missing prvCreateActivity privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BasicCreator_CreatesTaskOwnedByThemselves()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Basic, AccessRight.Create, AccessRight.Read).Build());

        var id = tree.AsReader.Create(A.Task().Build());

        Assert.Equal(tree.Reader, tree.AsReader.Retrieve("task", id, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void BasicCreator_CreateOfTaskForColleague_FaultsCreateAccess()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Basic, AccessRight.Create, AccessRight.Read).Build());

        var fault = FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => tree.AsReader.Create(A.Task().OwnedBy(tree.Colleague).Build()));

        Assert.Contains("does not have CreateAccess right(s)", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalCreator_CreatesTaskForColleagueInTheirUnit()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Local, AccessRight.Create, AccessRight.Read).Build());

        var id = tree.AsReader.Create(A.Task().OwnedBy(tree.Colleague).Build());

        var task = org.Service.Retrieve("task", id, new ColumnSet("ownerid", "owningbusinessunit"));
        Assert.Equal((tree.Colleague, tree.Sales), (task.GetAttributeValue<EntityReference>("ownerid").Id, task.GetAttributeValue<EntityReference>("owningbusinessunit").Id));
    }

    [Fact]
    public void CreatorWithoutReadPrivilege_CreateOfOwnTask_FaultsMissingRead()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Global, AccessRight.Create).Build());

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => tree.AsReader.Create(A.Task().Build()));

        Assert.Contains("is missing prvReadActivity privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpsertThatWouldCreate_NeedsCreatePrivilege()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting(TestTables.Usage, PrivilegeDepth.Global, AccessRight.Read, AccessRight.Write).Build());

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => tree.AsReader.Execute(new UpsertRequest { Target = A.Usage().BuildKeyed(tree.Reader, new DateTime(2026, 3, 2)) }));

        Assert.Contains($"is missing prvCreate{TestTables.Usage} privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriterWithoutAssign_OwnerChange_FaultsAndKeepsTheOwner()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Global, AccessRight.Read, AccessRight.Write).Build());

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => tree.AsReader.Update(A.Task().OwnedBy(tree.Colleague).With("activityid", tree.Tasks["mine"]).Build()));

        Assert.Contains("is missing prvAssignActivity privilege", fault.Message, StringComparison.Ordinal);
        Assert.Equal(tree.Reader, org.Service.Retrieve("task", tree.Tasks["mine"], new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void BasicAssigner_GivesOwnTaskAway_AndCanNoLongerReadIt()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Basic, ReadWriteAssign).Build());

        tree.AsReader.Update(new Entity("task", tree.Tasks["mine"]) { ["ownerid"] = new EntityReference("systemuser", tree.Colleague) });

        FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => tree.AsReader.Retrieve("task", tree.Tasks["mine"], new ColumnSet("subject")));
    }

    [Fact]
    public void BasicAssigner_AssignOfColleaguesTask_FaultsEvenWithGlobalWrite()
    {
        using var org = new TestOrganization();
        var role = A.Role().Granting("task", PrivilegeDepth.Global, AccessRight.Read, AccessRight.Write).Granting("task", PrivilegeDepth.Basic, AccessRight.Assign).Build();
        var tree = new SalesTree(org, role);

        var fault = FaultAssert.Throws(ErrorCodes.RecordAccessDenied, () => tree.AsReader.Update(new Entity("task", tree.Tasks["colleague"]) { ["ownerid"] = new EntityReference("systemuser", tree.Reader) }));

        Assert.Contains("does not have AssignAccess right(s)", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateThatRepeatsTheCurrentOwner_IsNotAnAssignment()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("task", PrivilegeDepth.Basic, AccessRight.Read, AccessRight.Write).Build());

        tree.AsReader.Update(new Entity("task", tree.Tasks["mine"]) { ["ownerid"] = new EntityReference("systemuser", tree.Reader), ["subject"] = "kept" });

        Assert.Equal("kept", org.Service.Retrieve("task", tree.Tasks["mine"], new ColumnSet("subject"))["subject"]);
    }
}
