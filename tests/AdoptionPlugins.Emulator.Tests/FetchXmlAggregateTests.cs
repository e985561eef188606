using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests;

public sealed class FetchXmlAggregateTests
{
    private const string CountPerUserPerDay = """
        <fetch aggregate="true"><entity name="task">
          <attribute name="activityid" alias="tasks" aggregate="count" />
          <attribute name="ownerid" alias="user" groupby="true" />
          <attribute name="scheduledend" alias="day" groupby="true" dategrouping="day" usertimezone="{0}" />
          <attribute name="scheduledend" alias="month" groupby="true" dategrouping="month" usertimezone="{0}" />
          <order alias="day" />
        </entity></fetch>
        """;

    // 23:30 UTC on 2 March is 00:30 on 3 March in Berlin (UTC+1); the same instant is 18:30 on 2 March in New York.
    [Theory]
    [InlineData(110, "true", new[] { 2, 3 })]
    [InlineData(110, "false", new[] { 2, 2 })]
    [InlineData(35, "true", new[] { 2, 2 })]
    public void CountPerUserPerDay_UserTimeZoneDecidesTheDay(int timeZoneCode, string userTimeZone, int[] expectedDays)
    {
        using var org = new TestOrganization();
        org.SetTimeZone(org.UserId, timeZoneCode);
        org.Service.Create(A.Task().OwnedBy(org.UserId).DueOn(new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc)).Build());
        org.Service.Create(A.Task().OwnedBy(org.UserId).DueOn(new DateTime(2026, 3, 2, 23, 30, 0, DateTimeKind.Utc)).Build());

        var groups = org.Service.RetrieveMultiple(new FetchExpression(CountPerUserPerDay.Replace("{0}", userTimeZone, StringComparison.Ordinal))).Entities;

        Assert.Equal(expectedDays, groups.SelectMany(g => Enumerable.Repeat(Value<int>(g, "day"), Value<int>(g, "tasks"))));
        Assert.All(groups, g => Assert.Equal(org.User, Value<EntityReference>(g, "user")));
    }

    [Fact]
    public void DefaultTimeZone_GroupsDaysInUtc()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Task().OwnedBy(org.UserId).DueOn(new DateTime(2026, 3, 2, 23, 30, 0, DateTimeKind.Utc)).Build());

        var group = org.Service.RetrieveMultiple(new FetchExpression(CountPerUserPerDay.Replace("{0}", "true", StringComparison.Ordinal))).Entities.Single();

        Assert.Equal((2, 3), (Value<int>(group, "day"), Value<int>(group, "month")));
    }

    [Fact]
    public void GroupByLookup_OneRowPerUserWithAnEntityReference()
    {
        using var org = new TestOrganization();
        var other = org.CreateUser();
        org.Service.Create(A.Task().OwnedBy(org.UserId).Build());
        org.Service.Create(A.Task().OwnedBy(other).Build());
        org.Service.Create(A.Task().OwnedBy(other).Build());

        var groups = org.Service.RetrieveMultiple(new FetchExpression("""
            <fetch aggregate="true"><entity name="task">
              <attribute name="activityid" alias="n" aggregate="count" /><attribute name="ownerid" alias="owner" groupby="true" />
              <order alias="n" descending="true" />
            </entity></fetch>
            """)).Entities;

        Assert.Equal([(other, 2), (org.UserId, 1)], groups.Select(g => (Value<EntityReference>(g, "owner").Id, Value<int>(g, "n"))));
    }

    // Types follow SQL Server (UNVERIFIED for the SDK): sum and avg of whole numbers are Int32 and avg truncates (55 / 3 = 18).
    [Fact]
    public void SumAvgMinMaxOfWholeNumbers_IgnoreNullsAndStayInt32()
    {
        using var org = new TestOrganization();
        foreach (var minutes in new int?[] { 10, 20, 25, null })
        {
            org.Service.Create(A.Task().With("actualdurationminutes", minutes).Build());
        }

        var row = org.Service.RetrieveMultiple(new FetchExpression(Aggregates("actualdurationminutes"))).Entities.Single();

        Assert.Equal((55, 18, 10, 25), (Value<int>(row, "sum"), Value<int>(row, "avg"), Value<int>(row, "min"), Value<int>(row, "max")));
        Assert.Equal((4, 3), (Value<int>(row, "count"), Value<int>(row, "countcolumn")));
    }

    [Fact]
    public void SumAndAvgOfCurrency_AreMoney()
    {
        using var org = new TestOrganization();
        org.Service.Create(A.Usage().With("new_amount", new Money(10.5m)).Build());
        org.Service.Create(A.Usage().With("new_amount", new Money(20m)).Build());

        var row = org.Service.RetrieveMultiple(new FetchExpression(Aggregates("new_amount", TestTables.Usage))).Entities.Single();

        Assert.Equal(new Money(30.5m), Value<Money>(row, "sum"));
        Assert.Equal(new Money(15.25m), Value<Money>(row, "avg"));
    }

    [Fact]
    public void CountColumnDistinct_CountsDistinctNonNullValues()
    {
        using var org = new TestOrganization();
        foreach (var subject in new[] { "a", "A", "b", null })
        {
            org.Service.Create(A.Task().WithSubject(subject).Build());
        }

        var row = org.Service.RetrieveMultiple(new FetchExpression("""
            <fetch aggregate="true"><entity name="task">
              <attribute name="subject" alias="all" aggregate="countcolumn" />
              <attribute name="subject" alias="distinct" aggregate="countcolumn" distinct="true" />
            </entity></fetch>
            """)).Entities.Single();

        Assert.Equal((3, 2), (Value<int>(row, "all"), Value<int>(row, "distinct")));
    }

    // Without groupby one row comes back even when nothing matches ([community], fake-xrm-easy #167): count 0, sum null.
    [Fact]
    public void NoMatchingRowsWithoutGroupBy_ReturnsOneRowWithZeroCountAndNullSum()
    {
        using var org = new TestOrganization();

        var row = org.Service.RetrieveMultiple(new FetchExpression(Aggregates("actualdurationminutes"))).Entities.Single();

        Assert.Equal(0, Value<int>(row, "count"));
        Assert.Null(row.GetAttributeValue<AliasedValue>("sum").Value);
    }

    [Fact]
    public void MoreThanFiftyThousandRows_FaultsAggregateQueryRecordLimit()
    {
        using var org = new TestOrganization();
        for (var i = 0; i <= 50_000; i++)
        {
            org.Service.Create(A.Task().Build());
        }

        var fault = FaultAssert.Throws(ErrorCodes.AggregateQueryRecordLimit, () => org.Service.RetrieveMultiple(new FetchExpression(Aggregates("actualdurationminutes"))));

        Assert.Equal("AggregateQueryRecordLimit exceeded. Cannot perform this operation.", fault.Message);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void AggregateLimitAttribute_LowersTheLimit(int rows, bool faults)
    {
        using var org = new TestOrganization();
        for (var i = 0; i < rows; i++)
        {
            org.Service.Create(A.Task().Build());
        }

        var query = new FetchExpression("""<fetch aggregate="true" aggregatelimit="10"><entity name="task"><attribute name="activityid" alias="n" aggregate="count" /></entity></fetch>""");

        var exception = Record.Exception(() => org.Service.RetrieveMultiple(query));
        Assert.Equal(faults, exception is System.ServiceModel.FaultException<OrganizationServiceFault> { Detail.ErrorCode: ErrorCodes.AggregateQueryRecordLimit });
    }

    [Fact]
    public void FilterBeforeAggregate_LimitCountsOnlyMatchingRows()
    {
        using var org = new TestOrganization();
        for (var i = 0; i < 20; i++)
        {
            org.Service.Create(A.Task().Taking(i).Build());
        }

        var row = org.Service.RetrieveMultiple(new FetchExpression("""
            <fetch aggregate="true" aggregatelimit="5"><entity name="task"><attribute name="activityid" alias="n" aggregate="count" />
              <filter><condition attribute="actualdurationminutes" operator="lt" value="5" /></filter></entity></fetch>
            """)).Entities.Single();

        Assert.Equal(5, Value<int>(row, "n"));
    }

    private static T Value<T>(Entity row, string alias) => (T)row.GetAttributeValue<AliasedValue>(alias).Value;

    private static string Aggregates(string column, string table = "task") => $"""
        <fetch aggregate="true"><entity name="{table}">
          <attribute name="{column}" alias="count" aggregate="count" />
          <attribute name="{column}" alias="countcolumn" aggregate="countcolumn" />
          <attribute name="{column}" alias="sum" aggregate="sum" />
          <attribute name="{column}" alias="avg" aggregate="avg" />
          <attribute name="{column}" alias="min" aggregate="min" />
          <attribute name="{column}" alias="max" aggregate="max" />
        </entity></fetch>
        """;
}
