using System;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Messages;

public sealed class ServerSideSyncTests
{
    [Fact]
    public void IncomingEmail_IsCreatedBySystemAndOwnedByTheMailboxOwner()
    {
        using var org = new TestOrganization();

        var id = new ServerSideSync(org.Database).TrackIncomingEmail(org.UserId, A.Email().To(org.User).Build());

        var email = org.Service.Retrieve("email", id, new ColumnSet("createdby", "ownerid", "directioncode", "statuscode"));
        Assert.Equal(
            (org.Database.SystemUserId, org.UserId, false, 4),
            (email.GetAttributeValue<EntityReference>("createdby").Id, email.GetAttributeValue<EntityReference>("ownerid").Id, email["directioncode"], email.GetAttributeValue<OptionSetValue>("statuscode").Value));
    }

    [Fact]
    public void SentEmailWithTheDelegateIdentity_IsCreatedBySssAdminProd()
    {
        using var org = new TestOrganization();
        var sync = new ServerSideSync(org.Database, SyncIdentity.SssAdminProd);

        var id = sync.TrackSentEmail(org.UserId, A.Email().From(org.User).Build());

        var email = org.Service.Retrieve("email", id, new ColumnSet("createdby", "directioncode"));
        Assert.Equal((sync.SyncUserId, true), (email.GetAttributeValue<EntityReference>("createdby").Id, email["directioncode"]));
        Assert.Equal(ServerSideSync.DelegateName, org.Service.Retrieve("systemuser", sync.SyncUserId, new ColumnSet("domainname"))["domainname"]);
    }

    [Fact]
    public void DelegateUser_IsCreatedOnce()
    {
        using var org = new TestOrganization();

        var first = new ServerSideSync(org.Database, SyncIdentity.SssAdminProd).SyncUserId;

        Assert.Equal(first, new ServerSideSync(org.Database, SyncIdentity.SssAdminProd).SyncUserId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Appointment_IsCreatedBySystemUnlessTheOwnerOrganizedIt(bool ownerIsOrganizer)
    {
        using var org = new TestOrganization();

        var id = new ServerSideSync(org.Database).TrackAppointment(org.UserId, new Entity("appointment") { ["subject"] = "Pipeline review" }, ownerIsOrganizer);

        var appointment = org.Service.Retrieve("appointment", id, new ColumnSet("createdby", "ownerid", "statecode"));
        Assert.Equal(
            (ownerIsOrganizer ? org.UserId : org.Database.SystemUserId, org.UserId, 3),
            (appointment.GetAttributeValue<EntityReference>("createdby").Id, appointment.GetAttributeValue<EntityReference>("ownerid").Id, appointment.GetAttributeValue<OptionSetValue>("statecode").Value));
    }

    [Fact]
    public void Task_IsCreatedByTheOwner()
    {
        using var org = new TestOrganization();

        var id = new ServerSideSync(org.Database).TrackTask(org.UserId, A.Task().Build());

        Assert.Equal(org.User, org.Service.Retrieve("task", id, new ColumnSet("createdby"))["createdby"]);
    }

    [Fact]
    public void WrongTable_IsRefusedWithTheTableItWanted()
    {
        using var org = new TestOrganization();

        var exception = Assert.Throws<ArgumentException>(() => new ServerSideSync(org.Database).TrackIncomingEmail(org.UserId, A.Task().Build()));

        Assert.Contains("'email'", exception.Message, StringComparison.Ordinal);
    }
}
