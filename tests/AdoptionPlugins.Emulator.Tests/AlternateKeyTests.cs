using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class AlternateKeyTests
{
    private static readonly DateTime Day = new(2026, 3, 2);

    [Fact]
    public void DuplicateKeyOnCreate_FaultsDuplicateRecordEntityKey()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Usage().For(org.UserId, Day).Build());

        var fault = FaultAssert.Throws(ErrorCodes.DuplicateRecordEntityKey, () => org.Service.Create(A.Usage().For(org.UserId, Day).Build()));

        Assert.Contains($"Entity Key {TestTables.UserDayKey} violated", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateIntoAnotherRowsKey_FaultsDuplicateRecordEntityKey()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Usage().For(org.UserId, Day).Build());
        var other = org.Service.Create(A.Usage().For(org.UserId, Day.AddDays(1)).Build());

        FaultAssert.Throws(ErrorCodes.DuplicateRecordEntityKey, () => org.Service.Update(new Entity(TestTables.Usage, other) { ["new_day"] = Day }));

        Assert.Equal(Day.AddDays(1), org.Service.Retrieve(TestTables.Usage, other, new ColumnSet("new_day"))["new_day"]);
    }

    [Fact]
    public void KeyAfterDelete_CanBeReused()
    {
        using var org = new TestOrganization();
        var first = org.Service.Create(A.Usage().For(org.UserId, Day).Build());
        org.Service.Delete(TestTables.Usage, first);

        var second = org.Service.Create(A.Usage().For(org.UserId, Day).Build());

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void NewKey_IsPendingUntilItsDelayPasses()
    {
        using var org = new TestOrganization(keyActivationDelay: TimeSpan.FromMinutes(5));

        var before = org.Database.GetKeyStatus(TestTables.Usage, TestTables.UserDayKey);
        org.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(KeyIndexStatus.Pending, before);
        Assert.Equal(KeyIndexStatus.Active, org.Database.GetKeyStatus(TestTables.Usage, TestTables.UserDayKey));
    }

    [Fact]
    public void PendingKey_UpsertByKeyFaults()
    {
        using var org = new TestOrganization(keyActivationDelay: TimeSpan.FromMinutes(5));
        var request = new UpsertRequest { Target = A.Usage().BuildKeyed(org.UserId, Day) };

        var fault = FaultAssert.Throws(ErrorCodes.EntityKeyNotDefined, () => org.Service.Execute(request));

        Assert.Contains("Pending", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivateKeys_MakesPendingKeyActive()
    {
        using var org = new TestOrganization(keyActivationDelay: TimeSpan.FromDays(1));

        org.Database.ActivateKeys();

        Assert.Equal(KeyIndexStatus.Active, org.Database.GetKeyStatus(TestTables.Usage, TestTables.UserDayKey));
    }

    [Fact]
    public void DuplicatesWrittenWhilePending_MakeTheKeyFail()
    {
        using var org = new TestOrganization(keyActivationDelay: TimeSpan.FromDays(1));
        org.Service.Create(A.Usage().For(org.UserId, Day).Build());
        org.Service.Create(A.Usage().For(org.UserId, Day).Build());

        org.Database.ActivateKeys();

        Assert.Equal(KeyIndexStatus.Failed, org.Database.GetKeyStatus(TestTables.Usage, TestTables.UserDayKey));
    }

    [Fact]
    public void RetrieveByKey_ReturnsTheRow()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Usage().For(org.UserId, Day).Counting(7).Build());
        var request = new RetrieveRequest { Target = new EntityReference(TestTables.Usage, new KeyAttributeCollection { { "new_userid", org.User }, { "new_day", Day } }), ColumnSet = new ColumnSet("new_count") };

        var row = ((RetrieveResponse)org.Service.Execute(request)).Entity;

        Assert.Equal(id, row.Id);
        Assert.Equal(7, row["new_count"]);
    }

    [Fact]
    public void RetrieveByKeyWithoutMatch_FaultsRecordNotFoundByEntityKey()
    {
        using var org = new TestOrganization();
        var request = new RetrieveRequest { Target = new EntityReference(TestTables.Usage, new KeyAttributeCollection { { "new_userid", org.User }, { "new_day", Day } }), ColumnSet = new ColumnSet() };

        var fault = FaultAssert.Throws(ErrorCodes.RecordNotFoundByEntityKey, () => org.Service.Execute(request));

        Assert.Contains(TestTables.Usage, fault.Message, StringComparison.Ordinal);
    }
}
