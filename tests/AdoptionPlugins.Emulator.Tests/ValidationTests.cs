using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class ValidationTests
{
    [Fact]
    public void UnknownColumn_FaultsNamingTableAndColumn()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.QueryBuilderNoAttribute, () => org.Service.Create(A.Task().With("foo", "bar").Build()));

        Assert.Contains("'task' entity doesn't contain attribute with Name = 'foo'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTable_FaultsNamingTable()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.QueryBuilderNoEntity, () => org.Service.Create(new Entity("new_nothing")));

        Assert.Contains("'new_nothing'", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("subject", 42)]
    [InlineData("actualdurationminutes", 42L)]
    [InlineData("prioritycode", 1)]
    [InlineData("scheduledend", "2026-01-01")]
    [InlineData("regardingobjectid", "not a reference")]
    public void WrongClrType_FaultsInvalidArgumentNamingColumn(string column, object value)
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Create(A.Task().With(column, value).Build()));

        Assert.Contains($"'{column}'", fault.Message, StringComparison.Ordinal);
        Assert.Contains("'task'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextOverMaxLength_FaultsStringLengthTooLong()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.StringLengthTooLong, () => org.Service.Create(A.Task().WithSubject(new string('x', 401)).Build()));

        Assert.Contains("'subject' attribute of the 'task' entity exceeded the maximum allowed length of '400'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAtMaxLength_IsAccepted()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(A.Task().WithSubject(new string('x', 400)).Build());

        Assert.Equal(400, org.Service.Retrieve("task", id, new ColumnSet("subject")).GetAttributeValue<string>("subject").Length);
    }

    [Fact]
    public void ChoiceValueNotAllowed_FaultsPicklistValueOutOfRange()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.PicklistValueOutOfRange, () => org.Service.Create(A.Task().With("statuscode", new OptionSetValue(99)).Build()));

        Assert.Contains("'statuscode' on record of type 'task'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSystemRequiredColumn_FaultsRequiredFieldMissing()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.RequiredFieldMissing, () => org.Service.Create(A.Usage().With("new_code", null).Build()));

        Assert.Contains($"'new_code' of '{TestTables.Usage}'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingApplicationRequiredColumn_IsAcceptedAsThePlatformDoes()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(A.Usage().Build());

        Assert.False(org.Service.Retrieve(TestTables.Usage, id, new ColumnSet("new_note")).Contains("new_note"));
    }

    [Fact]
    public void DateBefore1753_FaultsInvalidDateTime()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.InvalidDateTime, () => org.Service.Create(A.Task().DueOn(new DateTime(1752, 12, 31, 0, 0, 0, DateTimeKind.Utc)).Build()));

        Assert.Contains("'scheduledend' of 'task'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateOnlyColumn_StoresTheDateWithoutTime()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(new Entity("opportunity") { ["actualclosedate"] = new DateTime(2026, 3, 2, 17, 45, 0, DateTimeKind.Utc) });

        var closed = org.Service.Retrieve("opportunity", id, new ColumnSet("actualclosedate")).GetAttributeValue<DateTime>("actualclosedate");
        Assert.Equal(new DateTime(2026, 3, 2), closed);
        Assert.Equal(TimeSpan.Zero, closed.TimeOfDay);
    }

    [Fact]
    public void LocalDateTime_IsStoredAsUtc()
    {
        using var org = new TestOrganization();
        var local = new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Local);

        var id = org.Service.Create(A.Task().DueOn(local).Build());

        var due = org.Service.Retrieve("task", id, new ColumnSet("scheduledend")).GetAttributeValue<DateTime>("scheduledend");
        Assert.Equal(DateTimeKind.Utc, due.Kind);
        Assert.Equal(local.ToUniversalTime(), due);
    }

    [Fact]
    public void UnspecifiedDateTime_IsTakenAsUtc()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(A.Task().DueOn(new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Unspecified)).Build());

        var due = org.Service.Retrieve("task", id, new ColumnSet("scheduledend")).GetAttributeValue<DateTime>("scheduledend");
        Assert.Equal(new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), due);
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Fact]
    public void LookupToMissingRow_FaultsObjectDoesNotExist()
    {
        using var org = new TestOrganization();
        var missing = Guid.NewGuid();

        var fault = FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Create(A.Task().With("regardingobjectid", new EntityReference("opportunity", missing)).Build()));

        Assert.Equal($"opportunity With Id = {missing} Does Not Exist", fault.Message);
    }

    [Fact]
    public void LookupToTableNotInTargets_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Create(A.Task().With("regardingobjectid", org.User).Build()));

        Assert.Contains("'regardingobjectid' on 'task'", fault.Message, StringComparison.Ordinal);
    }
}
