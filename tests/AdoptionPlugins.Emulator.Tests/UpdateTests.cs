using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class UpdateTests
{
    [Fact]
    public void Update_ChangesOnlySentColumns()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().WithSubject("Before").Taking(10).Build());

        org.Service.Update(new Entity("task", id) { ["subject"] = "After" });

        var task = org.Service.Retrieve("task", id, new ColumnSet("subject", "actualdurationminutes"));
        Assert.Equal("After", task["subject"]);
        Assert.Equal(10, task["actualdurationminutes"]);
    }

    [Fact]
    public void NullValue_ClearsColumn()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Taking(10).Build());

        org.Service.Update(new Entity("task", id) { ["actualdurationminutes"] = null });

        Assert.False(org.Service.Retrieve("task", id, new ColumnSet("actualdurationminutes")).Contains("actualdurationminutes"));
    }

    [Fact]
    public void Update_StampsModifiedAndNewVersionButKeepsCreated()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());
        var before = org.Service.Retrieve("task", id, new ColumnSet()).RowVersion;
        org.Clock.Advance(TimeSpan.FromHours(1));
        var editor = org.CreateUser();

        org.ServiceFor(editor).Update(new Entity("task", id) { ["subject"] = "Edited", ["createdon"] = FixedClock.Start.AddDays(5) });

        var task = org.Service.Retrieve("task", id, new ColumnSet("createdon", "modifiedon", "modifiedby"));
        Assert.Equal(FixedClock.Start, task["createdon"]);
        Assert.Equal(FixedClock.Start.AddHours(1), task["modifiedon"]);
        Assert.Equal(editor, task.GetAttributeValue<EntityReference>("modifiedby").Id);
        Assert.NotEqual(before, task.RowVersion);
    }

    [Fact]
    public void MissingRow_FaultsObjectDoesNotExist()
    {
        using var org = new TestOrganization();
        var id = Guid.NewGuid();

        var fault = FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Update(new Entity("task", id) { ["subject"] = "x" }));

        Assert.Equal($"task With Id = {id} Does Not Exist", fault.Message);
    }

    [Fact]
    public void MatchingRowVersion_Updates()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());
        var current = org.Service.Retrieve("task", id, new ColumnSet());

        org.Service.Execute(new UpdateRequest { Target = new Entity("task", id) { ["subject"] = "Safe", RowVersion = current.RowVersion }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });

        Assert.Equal("Safe", org.Service.Retrieve("task", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void StaleRowVersion_FaultsConcurrencyVersionMismatch()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());
        var stale = org.Service.Retrieve("task", id, new ColumnSet()).RowVersion;
        org.Service.Update(new Entity("task", id) { ["subject"] = "Someone else" });
        var request = new UpdateRequest { Target = new Entity("task", id) { ["subject"] = "Mine", RowVersion = stale }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        var fault = FaultAssert.Throws(ErrorCodes.ConcurrencyVersionMismatch, () => org.Service.Execute(request));

        Assert.Contains("task", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IfRowVersionMatchesWithoutVersion_FaultsConcurrencyVersionNotProvided()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());
        var request = new UpdateRequest { Target = new Entity("task", id) { ["subject"] = "Mine" }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        var fault = FaultAssert.Throws(ErrorCodes.ConcurrencyVersionNotProvided, () => org.Service.Execute(request));

        Assert.Contains("task", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CallerChangesEntityAfterUpdate_StoredRowUnchanged()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());
        var update = new Entity("task", id) { ["subject"] = "Sent" };
        org.Service.Update(update);

        update["subject"] = "Changed by caller";

        Assert.Equal("Sent", org.Service.Retrieve("task", id, new ColumnSet("subject"))["subject"]);
    }
}
