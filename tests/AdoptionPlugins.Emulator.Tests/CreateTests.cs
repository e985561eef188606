using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class CreateTests
{
    [Fact]
    public void Task_IsStoredWithItsColumns()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(A.Task().WithSubject("Follow up").Taking(30).Build());

        var task = org.Service.Retrieve("task", id, new ColumnSet("subject", "actualdurationminutes"));
        Assert.Equal("Follow up", task["subject"]);
        Assert.Equal(30, task["actualdurationminutes"]);
    }

    [Fact]
    public void GivenId_IsUsed()
    {
        using var org = new TestOrganization();
        var id = Guid.NewGuid();

        var created = org.Service.Create(new Entity("task", id) { ["subject"] = "x" });

        Assert.Equal(id, created);
    }

    [Fact]
    public void PrimaryIdAsAttribute_IsUsed()
    {
        using var org = new TestOrganization();
        var id = Guid.NewGuid();

        var created = org.Service.Create(A.Task().With("activityid", id).Build());

        Assert.Equal(id, created);
    }

    [Fact]
    public void SameIdTwice_FaultsDuplicateRecord()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());

        var fault = FaultAssert.Throws(ErrorCodes.DuplicateRecord, () => org.Service.Create(new Entity("task", id)));

        Assert.Contains("task", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemColumns_ComeFromClockAndCaller()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(A.Task().Build());

        var task = org.Service.Retrieve("task", id, new ColumnSet(true));
        Assert.Equal(FixedClock.Start, task["createdon"]);
        Assert.Equal(FixedClock.Start, task["modifiedon"]);
        Assert.Equal(org.UserId, task.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(org.UserId, task.GetAttributeValue<EntityReference>("modifiedby").Id);
    }

    [Fact]
    public void NoOwner_DefaultsToCallerAndCallersBusinessUnit()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(A.Task().Build());

        var task = org.Service.Retrieve("task", id, new ColumnSet("ownerid", "owningbusinessunit"));
        Assert.Equal(new EntityReference("systemuser", org.UserId), task["ownerid"]);
        Assert.Equal(org.Database.RootBusinessUnitId, task.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
    }

    [Fact]
    public void MissingDefaultedColumns_GetTheirDefaults()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(new Entity("email") { ["subject"] = "Hello" });

        var email = org.Service.Retrieve("email", id, new ColumnSet("directioncode", "statecode", "statuscode"));
        Assert.Equal(true, email["directioncode"]);
        Assert.Equal(new OptionSetValue(0), email["statecode"]);
        Assert.Equal(new OptionSetValue(1), email["statuscode"]);
    }

    [Fact]
    public void ColumnNotValidForCreate_IsIgnored()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(A.Task().With("createdon", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Build());

        Assert.Equal(FixedClock.Start, org.Service.Retrieve("task", id, new ColumnSet("createdon"))["createdon"]);
    }

    [Fact]
    public void CallerChangesEntityAfterCreate_StoredRowUnchanged()
    {
        using var org = new TestOrganization();
        var task = A.Task().WithSubject("Original").Build();
        var id = org.Service.Create(task);

        task["subject"] = "Changed by caller";

        Assert.Equal("Original", org.Service.Retrieve("task", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void CreateRequest_ReturnsId()
    {
        using var org = new TestOrganization();

        var response = (CreateResponse)org.Service.Execute(new CreateRequest { Target = A.Task().Build() });

        Assert.NotEqual(Guid.Empty, org.Service.Retrieve("task", response.id, new ColumnSet()).Id);
    }

    [Fact]
    public void LaterCreate_HasHigherRowVersion()
    {
        using var org = new TestOrganization();
        var first = org.Service.Create(A.Task().Build());
        var second = org.Service.Create(A.Task().Build());

        var firstVersion = long.Parse(org.Service.Retrieve("task", first, new ColumnSet()).RowVersion, System.Globalization.CultureInfo.InvariantCulture);
        var secondVersion = long.Parse(org.Service.Retrieve("task", second, new ColumnSet()).RowVersion, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(secondVersion > firstVersion);
    }
}
