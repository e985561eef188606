using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Query;

// Converts the SDK's query classes into the QueryModel.
internal static class QueryModelBuilder
{
    public static QueryModel From(QueryBase query) => query switch
    {
        QueryExpression expression => From(expression),
        QueryByAttribute byAttribute => From(byAttribute),
        null => throw Fault.InvalidArgument("The query cannot be null."),
        _ => throw new NotSupportedException($"The emulator does not evaluate {query.GetType().Name} queries yet."),
    };

    public static QueryModel From(QueryExpression query) => new(
        query.EntityName,
        Columns(query.ColumnSet),
        Filter(query.Criteria),
        query.LinkEntities.Select(Link).ToArray(),
        query.Orders.Select(Order).ToArray(),
        query.TopCount,
        query.Distinct,
        Page(query.PageInfo));

    public static QueryModel From(QueryByAttribute query)
    {
        if (query.Attributes.Count == 0)
        {
            throw Fault.Create(ErrorCodes.QueryBuilderByAttributeNonEmpty, "QueryByAttribute must specify a non-empty attribute array.");
        }

        if (query.Attributes.Count != query.Values.Count)
        {
            throw Fault.Create(ErrorCodes.QueryBuilderByAttributeMismatch, "QueryByAttribute must specify a non-empty value array with the same number of elements as in the attributes array.");
        }

        var conditions = query.Attributes
            .Select((name, i) => query.Values[i] is null
                ? new ConditionNode(null, name, ConditionOperator.Null, [])
                : new ConditionNode(null, name, ConditionOperator.Equal, [query.Values[i]]))
            .ToArray();
        return new QueryModel(
            query.EntityName,
            Columns(query.ColumnSet),
            new FilterNode(LogicalOperator.And, conditions, []),
            [],
            query.Orders.Select(Order).ToArray(),
            query.TopCount,
            false,
            Page(query.PageInfo));
    }

    private static ColumnSelection Columns(ColumnSet? columns) =>
        columns is null ? ColumnSelection.None : new ColumnSelection(columns.AllColumns, columns.Columns.ToArray());

    private static FilterNode? Filter(FilterExpression? filter) =>
        filter is null
            ? null
            : new FilterNode(
                filter.FilterOperator,
                filter.Conditions.Select(Condition).ToArray(),
                filter.Filters.Where(f => f is not null).Select(f => Filter(f)!).ToArray());

    private static ConditionNode Condition(ConditionExpression condition)
    {
        if (condition.CompareColumns)
        {
            throw new NotSupportedException("The emulator does not evaluate column comparison conditions.");
        }

        return new ConditionNode(condition.EntityName, condition.AttributeName, condition.Operator, condition.Values.ToArray());
    }

    private static LinkNode Link(LinkEntity link) => new(
        link.LinkFromAttributeName,
        link.LinkToEntityName,
        link.LinkToAttributeName,
        link.JoinOperator switch
        {
            JoinOperator.Inner or JoinOperator.Natural => false,
            JoinOperator.LeftOuter => true,
            _ => throw new NotSupportedException($"The emulator does not evaluate {link.JoinOperator} joins."),
        },
        link.EntityAlias,
        Columns(link.Columns),
        Filter(link.LinkCriteria),
        link.LinkEntities.Select(Link).ToArray(),
        link.Orders.Select(Order).ToArray());

    private static OrderNode Order(OrderExpression order) =>
        new(order.EntityName, order.AttributeName, order.OrderType == OrderType.Descending);

    private static PageRequest Page(PagingInfo? page) =>
        page is null
            ? PageRequest.FirstPage
            : new PageRequest(page.Count, Math.Max(page.PageNumber, 1), page.PagingCookie, page.ReturnTotalRecordCount);
}
