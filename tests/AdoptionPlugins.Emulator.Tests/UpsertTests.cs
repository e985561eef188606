using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class UpsertTests
{
    private static readonly DateTime Day = new(2026, 3, 2);

    [Fact]
    public void ByKey_NoRow_CreatesWithKeyColumns()
    {
        using var org = new TestOrganization();

        var response = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = A.Usage().Counting(1).BuildKeyed(org.UserId, Day) });

        var row = org.Service.Retrieve(TestTables.Usage, response.Target.Id, new ColumnSet("new_userid", "new_day", "new_count"));
        Assert.True(response.RecordCreated);
        Assert.Equal(org.UserId, row.GetAttributeValue<EntityReference>("new_userid").Id);
        Assert.Equal(Day, row["new_day"]);
        Assert.Equal(1, row["new_count"]);
    }

    [Fact]
    public void ByKey_RowExists_UpdatesIt()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Usage().For(org.UserId, Day).Counting(1).Build());

        var response = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = A.Usage().Counting(2).BuildKeyed(org.UserId, Day) });

        Assert.False(response.RecordCreated);
        Assert.Equal(id, response.Target.Id);
        Assert.Equal(2, org.Service.Retrieve(TestTables.Usage, id, new ColumnSet("new_count"))["new_count"]);
    }

    [Fact]
    public void ByKey_RowExists_KeyColumnsInAttributesAreNotWritten()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Usage().For(org.UserId, Day).Build());
        var target = A.Usage().For(org.UserId, Day.AddDays(1)).BuildKeyed(org.UserId, Day);

        org.Service.Execute(new UpsertRequest { Target = target });

        Assert.Equal(Day, org.Service.Retrieve(TestTables.Usage, id, new ColumnSet("new_day"))["new_day"]);
    }

    [Fact]
    public void ById_NoRow_CreatesWithThatId()
    {
        using var org = new TestOrganization();
        var id = Guid.NewGuid();

        var response = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = A.Task().With("activityid", id).Build() });

        Assert.True(response.RecordCreated);
        Assert.Equal(id, response.Target.Id);
    }

    [Fact]
    public void ById_RowExists_UpdatesIt()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());

        var response = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = new Entity("task", id) { ["subject"] = "Upserted" } });

        Assert.False(response.RecordCreated);
        Assert.Equal("Upserted", org.Service.Retrieve("task", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void KeyColumnsThatAreNotAKey_FaultsEntityKeyNotDefined()
    {
        using var org = new TestOrganization();
        var target = new Entity(TestTables.Usage, "new_count", 3);

        var fault = FaultAssert.Throws(ErrorCodes.EntityKeyNotDefined, () => org.Service.Execute(new UpsertRequest { Target = target }));

        Assert.Contains(TestTables.Usage, fault.Message, StringComparison.Ordinal);
    }
}
