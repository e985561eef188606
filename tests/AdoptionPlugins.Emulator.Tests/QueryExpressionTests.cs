using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class QueryExpressionTests
{
    [Fact]
    public void ColumnSet_ReturnsRequestedColumnsAndPrimaryIdOnly()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().Taking(5).Build());

        var task = Assert.Single(org.Service.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet("subject") }).Entities);

        Assert.Equal(["activityid", "subject"], [.. task.Attributes.Keys.Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public void Orders_SortAscendingWithNullsFirstAndDescending()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().WithSubject("b").Taking(2).Build());
        org.Service.Create(A.Task().WithSubject("a").Build());
        org.Service.Create(A.Task().WithSubject("c").Taking(1).Build());
        var ascending = new QueryExpression("task") { ColumnSet = new ColumnSet("subject") };
        ascending.AddOrder("actualdurationminutes", OrderType.Ascending);
        var descending = new QueryExpression("task") { ColumnSet = new ColumnSet("subject") };
        descending.AddOrder("subject", OrderType.Descending);

        var up = org.Service.RetrieveMultiple(ascending).Entities.Select(e => e["subject"]);
        var down = org.Service.RetrieveMultiple(descending).Entities.Select(e => e["subject"]);

        Assert.Equal(["a", "c", "b"], up);
        Assert.Equal(["c", "b", "a"], down);
    }

    [Fact]
    public void TopCount_LimitsRows()
    {
        using var org = new TestOrganization();
        for (var i = 0; i < 5; i++)
        {
            org.Service.Create(A.Task().Build());
        }

        var result = org.Service.RetrieveMultiple(new QueryExpression("task") { TopCount = 2 });

        Assert.Equal(2, result.Entities.Count);
        Assert.False(result.MoreRecords);
    }

    [Fact]
    public void Distinct_RemovesRowsWithEqualSelectedValues()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().WithSubject("Same").Build());
        org.Service.Create(A.Task().WithSubject("same").Build());
        org.Service.Create(A.Task().WithSubject("Other").Build());

        var result = org.Service.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet("subject"), Distinct = true });

        Assert.Equal(2, result.Entities.Count);
    }

    [Fact]
    public void FilterOnIndexedLookup_ReturnsOnlyThatOwnersRows()
    {
        using var org = new TestOrganization();
        var other = org.CreateUser();
        org.Service.Create(A.Task().WithSubject("Mine").Build());
        org.Service.Create(A.Task().WithSubject("Theirs").OwnedBy(other).Build());

        var subjects = org.Service.Subjects(Queries.Tasks(new ConditionExpression("ownerid", ConditionOperator.Equal, other), new ConditionExpression("subject", ConditionOperator.NotNull)));

        Assert.Equal(["Theirs"], subjects);
    }

    [Fact]
    public void RetrieveMultipleRequest_ReturnsTheCollection()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().Build());

        var response = (RetrieveMultipleResponse)org.Service.Execute(new RetrieveMultipleRequest { Query = new QueryExpression("task") });

        Assert.Equal("task", response.EntityCollection.EntityName);
        Assert.Single(response.EntityCollection.Entities);
    }

    [Fact]
    public void ChangingAQueryResult_DoesNotChangeStore()
    {
        using var org = new TestOrganization();
        var id = org.Service.Create(A.Task().WithSubject("Stored").Build());
        var first = org.Service.RetrieveMultiple(new QueryExpression("task") { ColumnSet = new ColumnSet("subject") }).Entities[0];

        first["subject"] = "Mutated";

        Assert.Equal("Stored", org.Service.Retrieve("task", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void UnknownTable_FaultsNamingTable()
    {
        using var org = new TestOrganization();

        var fault = FaultAssert.Throws(ErrorCodes.QueryBuilderNoEntity, () => org.Service.RetrieveMultiple(new QueryExpression("new_nothing")));

        Assert.Contains("'new_nothing'", fault.Message, StringComparison.Ordinal);
    }
}
