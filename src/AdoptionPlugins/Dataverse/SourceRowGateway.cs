using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Reads source rows for reconcile: the same tables and columns the capture steps see, so the credit rule decides the same.
/// It reads the concrete tables, not activitypointer, because directioncode, importsequencenumber and overriddencreatedon
/// are not activitypointer columns and notes are not activities at all (dataverse-facts 5.1).
/// </summary>
public sealed class SourceRowGateway
{
    private readonly IOrganizationService _service;

    public SourceRowGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>
    /// One request: a page of rows of <paramref name="table"/> that may hold an event in the UTC window (created before its end
    /// and changed since its start), optionally only rows these users created, changed or own.
    /// </summary>
    public RowPage<ActivityFacts> ReadPage(SourceTable table, DateTime fromUtc, DateTime toUtc, IReadOnlyCollection<Guid>? userIds, int pageSize, int pageNumber, string? pagingCookie)
    {
        var query = new QueryExpression(SourceTables.LogicalNameOf(table))
        {
            ColumnSet = new ColumnSet(SourceTables.CreditFactsOf(table).Split(',')),
            PageInfo = new PagingInfo { Count = pageSize, PageNumber = pageNumber, PagingCookie = pagingCookie },
        };
        query.Criteria.AddCondition(RecordColumns.ModifiedOn, ConditionOperator.GreaterEqual, fromUtc);
        query.Criteria.AddCondition(RecordColumns.CreatedOn, ConditionOperator.LessThan, toUtc);
        if (userIds is { Count: > 0 })
        {
            var users = userIds.Cast<object>().ToArray();
            var whose = new FilterExpression(LogicalOperator.Or);
            foreach (var column in new[] { RecordColumns.CreatedBy, RecordColumns.CreatedOnBehalfBy, RecordColumns.ModifiedBy, RecordColumns.ModifiedOnBehalfBy, RecordColumns.OwnerId })
            {
                whose.AddCondition(column, ConditionOperator.In, users);
            }

            query.Criteria.AddFilter(whose);
        }

        query.AddOrder(SourceTables.PrimaryIdOf(table), OrderType.Ascending);
        var page = _service.RetrieveMultiple(query);
        return new RowPage<ActivityFacts>(page.Entities.Select(ActivityFactsReader.FromRow).ToList(), page.MoreRecords, page.PagingCookie);
    }
}
