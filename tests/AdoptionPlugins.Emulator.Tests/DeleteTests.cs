using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class DeleteTests
{
    [Fact]
    public void Delete_RemovesRow()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());

        org.Service.Delete("task", id);

        FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Retrieve("task", id, new ColumnSet()));
    }

    [Fact]
    public void MissingRow_FaultsObjectDoesNotExist()
    {
        using var org = new TestOrganization();
        var id = Guid.NewGuid();

        var fault = FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Delete("task", id));

        Assert.Equal($"task With Id = {id} Does Not Exist", fault.Message);
    }

    [Fact]
    public void StaleRowVersion_FaultsConcurrencyVersionMismatch()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());
        var stale = org.Service.Retrieve("task", id, new ColumnSet()).RowVersion;
        org.Service.Update(new Entity("task", id) { ["subject"] = "Changed" });
        var request = new DeleteRequest { Target = new EntityReference("task", id) { RowVersion = stale }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        FaultAssert.Throws(ErrorCodes.ConcurrencyVersionMismatch, () => org.Service.Execute(request));

        Assert.Equal(id, org.Service.Retrieve("task", id, new ColumnSet()).Id);
    }

    [Fact]
    public void ByAlternateKey_RemovesRow()
    {
        using var org = new TestOrganization();
        var day = new DateTime(2026, 3, 2);
        var id = org.Service.Create(A.Usage().For(org.UserId, day).Build());
        var target = new EntityReference(TestTables.Usage, new KeyAttributeCollection { { "new_userid", org.User }, { "new_day", day } });

        org.Service.Execute(new DeleteRequest { Target = target });

        FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Retrieve(TestTables.Usage, id, new ColumnSet()));
    }
}
