using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Messages;

public sealed class CloseOpportunityTests
{
    [Fact]
    public void Win_ClosesTheOpportunityAsWonWithRevenueAndDate()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Opportunity().Build());

        org.Service.Execute(Win(id, 3, revenue: 42_000m));

        var won = org.Service.Retrieve("opportunity", id, new ColumnSet("statecode", "statuscode", "actualvalue", "actualclosedate"));
        Assert.Equal((1, 3, 42_000m), (won.GetAttributeValue<OptionSetValue>("statecode").Value, won.GetAttributeValue<OptionSetValue>("statuscode").Value, won.GetAttributeValue<Money>("actualvalue").Value));
        Assert.Equal(FixedClock.Start.Date, won.GetAttributeValue<DateTime>("actualclosedate"));
    }

    [Fact]
    public void Win_CreatesACompletedOpportunityCloseActivityAsTheCaller()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Opportunity().Build());
        var request = Win(id, 3);

        org.Service.Execute(request);

        var close = org.Service.Retrieve("activitypointer", request.OpportunityClose.Id, new ColumnSet("activitytypecode", "statecode", "createdby"));
        Assert.Equal(("opportunityclose", 1, org.User), (close["activitytypecode"], close.GetAttributeValue<OptionSetValue>("statecode").Value, close["createdby"]));
    }

    [Fact]
    public void WinByName_AnswersLikeTheTypedRequest()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Opportunity().Build());
        var request = new OrganizationRequest("WinOpportunity") { ["OpportunityClose"] = Close(id), ["Status"] = new OptionSetValue(-1) };

        var response = org.Service.Execute(request);

        Assert.IsType<WinOpportunityResponse>(response);
        Assert.Equal(3, org.Service.Retrieve("opportunity", id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(1)]
    public void WinWithAStatusOutsideWon_FaultsAndWritesNothing(int status)
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Opportunity().Build());

        FaultAssert.Throws(ErrorCodes.InvalidStateCodeStatusCode, () => org.Service.Execute(Win(id, status)));

        Assert.Equal(0, org.Service.Retrieve("opportunity", id, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Empty(org.Service.RetrieveMultiple(new QueryExpression("opportunityclose")).Entities);
    }

    [Fact]
    public void WinOfAClosedOpportunity_FaultsAlreadyClosed()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Opportunity().Build());
        org.Service.Execute(Win(id, 3));

        var fault = FaultAssert.Throws(ErrorCodes.OpportunityIsAlreadyClosed, () => org.Service.Execute(Win(id, 3)));

        Assert.Equal("The opportunity is already closed.", fault.Message);
    }

    [Fact]
    public void WinOfAMissingOpportunity_FaultsObjectDoesNotExist()
    {
        using var org = new TestOrganization();

        FaultAssert.Throws(ErrorCodes.ObjectDoesNotExist, () => org.Service.Execute(Win(Guid.NewGuid(), 3)));
    }

    [Fact]
    public void WinWithoutOpportunityClose_FaultsRequiredField()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Execute(new WinOpportunityRequest { Status = new OptionSetValue(3) }));

        Assert.Equal("Required field 'OpportunityClose' is missing for RequestName='WinOpportunity'", fault.Message);
    }

    [Fact]
    public void CloseWithoutItsOpportunity_FaultsInvalidArgument()
    {
        using var org = new TestOrganization();
        var close = new Entity("opportunityclose") { ["subject"] = "Won" };

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.Service.Execute(new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(3) }));

        Assert.Contains("opportunityid", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(-1, 4)]
    public void Lose_ClosesTheOpportunityAsLost(int status, int expectedStatus)
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Opportunity().Build());

        org.Service.Execute(new LoseOpportunityRequest { OpportunityClose = Close(id), Status = new OptionSetValue(status) });

        var lost = org.Service.Retrieve("opportunity", id, new ColumnSet("statecode", "statuscode"));
        Assert.Equal((2, expectedStatus), (lost.GetAttributeValue<OptionSetValue>("statecode").Value, lost.GetAttributeValue<OptionSetValue>("statuscode").Value));
    }

    private static WinOpportunityRequest Win(Guid opportunityId, int status, decimal? revenue = null)
    {
        var close = Close(opportunityId);
        if (revenue is { } amount)
        {
            close["actualrevenue"] = new Money(amount);
        }

        return new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(status) };
    }

    private static Entity Close(Guid opportunityId) =>
        new("opportunityclose", Guid.NewGuid()) { ["subject"] = "Closed", ["opportunityid"] = new EntityReference("opportunity", opportunityId) };
}
