using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Messages;

public sealed class ActivityPartyTests
{
    [Fact]
    public void EmailRecipients_ComeBackOnRetrieve()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().To(org.User).Build());

        var to = org.Service.Retrieve("email", id, new ColumnSet("to")).GetAttributeValue<EntityCollection>("to");

        var party = Assert.Single(to.Entities);
        Assert.Equal(("activityparty", org.User, 2), (party.LogicalName, party.GetAttributeValue<EntityReference>("partyid"), party.GetAttributeValue<OptionSetValue>("participationtypemask").Value));
    }

    [Fact]
    public void EmailParties_AreActivityPartyRows()
    {
        using var org = new TestOrganization();
        var queue = org.CreateQueue();
        var id = org.Service.Create(A.Email().From(queue).To(org.User).With("cc", Parties.Address("manager@contoso.test")).Build());

        var rows = org.Service.RetrieveMultiple(PartiesOf(id)).Entities;

        Assert.Equal(
            ["1 queue", "2 systemuser", "3 manager@contoso.test"],
            rows.Select(r => $"{r.GetAttributeValue<OptionSetValue>("participationtypemask").Value} {r.GetAttributeValue<EntityReference>("partyid")?.LogicalName ?? r.GetAttributeValue<string>("addressused")}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UpdatingTo_ReplacesOnlyTheToParties()
    {
        using var org = new TestOrganization();
        var queue = org.CreateQueue();
        var id = org.Service.Create(A.Email().From(queue).To(org.User).Build());
        var other = new EntityReference("systemuser", org.CreateUser());

        org.Service.Update(new Entity("email", id) { ["to"] = Parties.Of(other) });

        var parties = org.Service.RetrieveMultiple(PartiesOf(id)).Entities.Select(r => r.GetAttributeValue<EntityReference>("partyid"));
        Assert.Equal([queue, other], parties.OrderBy(p => p.LogicalName, StringComparer.Ordinal));
    }

    [Fact]
    public void DeletingTheEmail_RemovesItsParties()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Email().From(org.CreateQueue()).To(org.User).Build());

        org.Service.Delete("email", id);

        Assert.Empty(org.Service.RetrieveMultiple(PartiesOf(id)).Entities);
    }

    [Theory]
    [InlineData("requiredattendees", 5)]
    [InlineData("optionalattendees", 6)]
    [InlineData("organizer", 7)]
    public void AppointmentAttendees_CarryTheirParticipationType(string column, int mask)
    {
        using var org = new TestOrganization();

        var id = org.Service.Create(new Entity("appointment") { ["subject"] = "Quarterly review", [column] = Parties.Of(org.User) });

        Assert.Equal(mask, Assert.Single(org.Service.RetrieveMultiple(PartiesOf(id)).Entities).GetAttributeValue<OptionSetValue>("participationtypemask").Value);
    }

    [Fact]
    public void PartyNamingAMissingUser_FaultsObjectDoesNotExist()
    {
        using var org = new TestOrganization();
        var missing = new EntityReference("systemuser", Guid.NewGuid());

        FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Create(A.Email().To(missing).Build()));

        Assert.Empty(org.Service.RetrieveMultiple(new QueryExpression("email")).Entities);
    }

    [Fact]
    public void PartyWithoutRowOrAddress_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();
        var empty = new EntityCollection([new Entity("activityparty")]);

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Create(A.Email().With("to", empty).Build()));

        Assert.Contains("'partyid' or an 'addressused'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartyThatIsNotAnActivityParty_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();
        var wrong = new EntityCollection([new Entity("systemuser", org.UserId)]);

        FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Create(A.Email().With("to", wrong).Build()));
    }

    [Fact]
    public void DirectCreateOfActivityParty_FaultsLikeThePlatform()
    {
        using var org = new TestOrganization();

        FaultAssert.Throws(ErrorCodes.SdkEntityDoesNotSupportMessage, () => org.Service.Create(new Entity("activityparty") { ["addressused"] = "a@contoso.test" }));
    }

    private static QueryExpression PartiesOf(Guid activityId)
    {
        var query = new QueryExpression("activityparty") { ColumnSet = new ColumnSet("partyid", "participationtypemask", "addressused") };
        query.Criteria.AddCondition("activityid", ConditionOperator.Equal, activityId);
        return query;
    }
}
