using System;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace Microsoft.Xrm.Sdk.Tests;

public class RequestTests
{
    [Fact]
    public void TypedRequest_IsAViewOverItsParameters()
    {
        var task = new Entity("task");

        var request = new UpsertRequest { Target = task };

        Assert.Equal("Upsert", request.RequestName);
        Assert.Same(task, request.Parameters["Target"]);
    }

    [Fact]
    public void NewRequests_PresetTheirParameterKeys()
    {
        Assert.True(new CreateRequest().Parameters.Contains("Target"));
        Assert.True(new WinOpportunityRequest().Parameters.Contains("Status"));
        Assert.False(new SendEmailRequest().Parameters.Contains("TrackingToken"));
        Assert.False(new UpdateRequest().Parameters.Contains("ConcurrencyBehavior"));
    }

    [Fact]
    public void UnsetConcurrencyBehavior_ReadsAsDefault()
    {
        var request = new UpdateRequest();

        Assert.Equal(ConcurrencyBehavior.Default, request.ConcurrencyBehavior);
    }

    [Fact]
    public void TypedResponse_ReadsItsResults()
    {
        var created = new EntityReference("adopt_activityday", Guid.NewGuid());
        var response = new UpsertResponse();

        response.Results["RecordCreated"] = true;
        response.Results["Target"] = created;

        Assert.True(response.RecordCreated);
        Assert.Same(created, response.Target);
    }

    [Fact]
    public void EmptyResponse_ReadsDefaults()
    {
        var response = new CreateResponse();

        Assert.Equal(Guid.Empty, response.id);
    }

    [Fact]
    public void GenericRequestIndexer_ThrowsForMissingParameter()
    {
        var request = new OrganizationRequest("adopt_EvaluateAdoption");

        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => request["Cursor"]);
    }
}
