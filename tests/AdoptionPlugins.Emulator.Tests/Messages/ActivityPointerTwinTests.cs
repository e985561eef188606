using System;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Messages;

public sealed class ActivityPointerTwinTests
{
    [Fact]
    public void TaskCreate_AddsActivityPointerWithSameIdTypeAndCommonColumns()
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(A.Task().WithSubject("Call Contoso").OwnedBy(org.UserId).DueOn(FixedClock.Start).Build());

        var pointer = org.Service.Retrieve("activitypointer", id, new ColumnSet("activitytypecode", "subject", "ownerid", "scheduledend", "createdon", "statecode"));
        Assert.Equal(
            ("task", "Call Contoso", org.User, FixedClock.Start, FixedClock.Start, 0),
            (pointer["activitytypecode"], pointer["subject"], pointer["ownerid"], pointer["scheduledend"], pointer["createdon"], pointer.GetAttributeValue<OptionSetValue>("statecode").Value));
    }

    [Theory]
    [InlineData("task")]
    [InlineData("phonecall")]
    [InlineData("appointment")]
    [InlineData("email")]
    [InlineData("opportunityclose")]
    public void EveryActivityTable_WritesItsTwin(string table)
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(new Entity(table) { ["subject"] = "Logged" });

        Assert.Equal(table, org.Service.Retrieve("activitypointer", id, new ColumnSet("activitytypecode"))["activitytypecode"]);
    }

    [Fact]
    public void ActivitiesOfEveryType_AreCountedThroughActivityPointer()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().Build());
        org.Service.Create(new Entity("phonecall") { ["subject"] = "Called back" });
        org.Service.Create(new Entity("account") { ["name"] = "Not an activity" });

        var types = org.Service.RetrieveMultiple(new QueryExpression("activitypointer") { ColumnSet = new ColumnSet("activitytypecode") }).Entities;

        Assert.Equal(["phonecall", "task"], types.Select(t => (string)t["activitytypecode"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ActivityUpdate_KeepsTheTwinInStep()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());
        org.Clock.Advance(TimeSpan.FromHours(1));

        org.Service.Update(new Entity("task", id) { ["subject"] = "Done", ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5) });

        var pointer = org.Service.Retrieve("activitypointer", id, new ColumnSet("subject", "statecode", "modifiedon"));
        Assert.Equal(("Done", 1, FixedClock.Start.AddHours(1)), (pointer["subject"], pointer.GetAttributeValue<OptionSetValue>("statecode").Value, pointer["modifiedon"]));
    }

    [Fact]
    public void ActivityDelete_DeletesTheTwin()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());

        org.Service.Delete("task", id);

        FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Retrieve("activitypointer", id, new ColumnSet()));
    }

    [Fact]
    public void ActivityIdOfAnotherActivityTable_FaultsDuplicateRecord()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().Build());

        FaultAssert.Throws(ErrorCodes.DuplicateRecord, () => org.Service.Create(new Entity("phonecall", id)));

        Assert.Equal("task", org.Service.Retrieve("activitypointer", id, new ColumnSet("activitytypecode"))["activitytypecode"]);
    }

    [Fact]
    public void DirectCreateOfActivityPointer_FaultsLikeThePlatform()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.SdkEntityDoesNotSupportMessage, () => org.Service.Create(new Entity("activitypointer") { ["subject"] = "x" }));

        Assert.StartsWith("The 'Create' method does not support entities of type 'activitypointer'.", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectUpdateAndDeleteOfActivityPointer_FaultAndLeaveTheTwin()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().WithSubject("Kept").Build());

        FaultAssert.Throws(ErrorCodes.SdkEntityDoesNotSupportMessage, () => org.Service.Update(new Entity("activitypointer", id) { ["subject"] = "Changed" }));
        FaultAssert.Throws(ErrorCodes.SdkEntityDoesNotSupportMessage, () => org.Service.Delete("activitypointer", id));

        Assert.Equal("Kept", org.Service.Retrieve("activitypointer", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void CustomActivityTable_WritesItsTwin()
    {
        var catalog = MetadataCatalog.CreateStandard();
        catalog.Add(new TableMetadata("new_visit", "activityid", "subject", OwnershipType.UserOwned, [ColumnMetadata.Text("subject", 100)]) { IsActivity = true });
        using var database = new InMemoryDatabase(catalog, new FixedClock());
        var service = new EmulatedOrganizationService(database, database.SystemUserId);

        var id = service.Create(new Entity("new_visit") { ["subject"] = "Site visit" });

        Assert.Equal("new_visit", service.Retrieve("activitypointer", id, new ColumnSet("activitytypecode"))["activitytypecode"]);
    }
}
