using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Microsoft.Xrm.Sdk.Tests;

public class QueryTests
{
    [Fact]
    public void NewQueryExpression_HasEmptyColumnsAndAndCriteria()
    {
        var query = new QueryExpression("task");

        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.Null(query.TopCount);
        Assert.Equal(0, query.PageInfo.Count);
    }

    [Fact]
    public void ConditionConstructorWithGuidArray_ExpandsTheValues()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };

        var condition = new ConditionExpression("ownerid", ConditionOperator.In, ids);

        Assert.Equal(2, condition.Values.Count);
    }

    [Fact]
    public void AddConditionWithGuidArray_KeepsTheArrayAsOneValue()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var filter = new FilterExpression();

        filter.AddCondition("ownerid", ConditionOperator.In, ids);

        Assert.Single(filter.Conditions[0].Values);
    }

    [Fact]
    public void AddConditionWithObjectValues_ExpandsThem()
    {
        var filter = new FilterExpression();

        filter.AddCondition("statecode", ConditionOperator.In, 0, 1);

        Assert.Equal(new object[] { 0, 1 }, filter.Conditions[0].Values);
    }

    [Fact]
    public void AddLink_JoinsFromTheQueryTable()
    {
        var query = new QueryExpression("task");

        var link = query.AddLink("systemuser", "ownerid", "systemuserid", JoinOperator.LeftOuter);

        Assert.Equal(("task", "systemuser", JoinOperator.LeftOuter), (link.LinkFromEntityName, link.LinkToEntityName, link.JoinOperator));
    }

    [Fact]
    public void QueryByAttributeWithTableName_LeavesColumnSetToTheCaller()
    {
        var query = new QueryByAttribute("systemuser");

        Assert.Null(query.ColumnSet);
    }

    [Fact]
    public void AddColumnsWithNull_Throws()
    {
        var columns = new ColumnSet();

        Assert.Throws<NullReferenceException>(() => columns.AddColumns(null!));
    }

    [Fact]
    public void ConditionValues_AreACopy()
    {
        var values = new List<object> { 1 };

        var condition = new ConditionExpression("statecode", ConditionOperator.In, values);
        values.Add(2);

        Assert.Single(condition.Values);
    }
}
