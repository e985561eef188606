using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class RetrieveTests
{
    [Fact]
    public void MissingRow_FaultsObjectDoesNotExist()
    {
        using var org = new TestOrganization();
        var id = Guid.NewGuid();

        var fault = FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Retrieve("task", id, new ColumnSet()));

        Assert.Equal($"task With Id = {id} Does Not Exist", fault.Message);
    }

    [Fact]
    public void UnknownTable_FaultsNamingTable()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.QueryBuilderNoEntity, () => org.Service.Retrieve("new_nothing", Guid.NewGuid(), new ColumnSet()));

        Assert.Contains("'new_nothing'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownColumnInColumnSet_FaultsNamingTableAndColumn()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());

        var fault = FaultAssert.Throws(ErrorCodes.QueryBuilderNoAttribute, () => org.Service.Retrieve("task", id, new ColumnSet("foo")));

        Assert.StartsWith("'task' entity doesn't contain attribute with Name = 'foo'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnSet_ReturnsRequestedColumnsAndPrimaryIdOnly()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Taking(5).Build());

        var task = org.Service.Retrieve("task", id, new ColumnSet("subject"));

        Assert.Equal(["activityid", "subject"], [.. task.Attributes.Keys.Order(StringComparer.Ordinal)]);
        Assert.Equal(id, task.Id);
    }

    [Fact]
    public void AllColumns_OmitsNullColumns()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().WithSubject(null).Build());

        var task = org.Service.Retrieve("task", id, new ColumnSet(true));

        Assert.False(task.Contains("subject"));
        Assert.True(task.Contains("createdon"));
    }

    [Fact]
    public void ChangingRetrievedEntity_DoesNotChangeStore()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().OwnedBy(org.UserId).Build());
        var first = org.Service.Retrieve("task", id, new ColumnSet("subject", "ownerid"));

        first["subject"] = "Mutated";
        first.GetAttributeValue<EntityReference>("ownerid").Id = Guid.NewGuid();

        var second = org.Service.Retrieve("task", id, new ColumnSet("subject", "ownerid"));
        Assert.Equal("Call the customer back", second["subject"]);
        Assert.Equal(org.UserId, second.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Lookup_CarriesTargetPrimaryName()
    {
        using var org = new TestOrganization();
        var opportunity = org.Service.Create(new Entity("opportunity") { ["name"] = "Big deal" });
        var id = org.Service.Create(A.Task().With("regardingobjectid", new EntityReference("opportunity", opportunity)).Build());

        var regarding = org.Service.Retrieve("task", id, new ColumnSet("regardingobjectid")).GetAttributeValue<EntityReference>("regardingobjectid");

        Assert.Equal("Big deal", regarding.Name);
    }
}
