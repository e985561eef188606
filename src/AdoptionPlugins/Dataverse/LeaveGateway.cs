using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Leave = AdoptionPlugins.Schema.LeavePeriod;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads <c>adopt_leaveperiod</c> rows: the days people are away, which never count against them.</summary>
public sealed class LeaveGateway
{
    private readonly IOrganizationService _service;

    public LeaveGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>
    /// The users' active leave periods that end on or after <paramref name="from"/>; one request per 5,000 rows. A period whose
    /// end is before its start is skipped (and reported), so one bad row never stops the evaluation of everyone else.
    /// </summary>
    public IReadOnlyDictionary<Guid, List<LeavePeriod>> Read(IReadOnlyCollection<Guid> userIds, DateTime from, Action<string> report)
    {
        _ = report ?? throw new ArgumentNullException(nameof(report));
        var leave = (userIds ?? throw new ArgumentNullException(nameof(userIds))).Distinct().ToDictionary(id => id, _ => new List<LeavePeriod>());
        if (leave.Count == 0)
        {
            return leave;
        }

        var query = new QueryExpression(Leave.EntityName) { ColumnSet = new ColumnSet(Leave.UserId, Leave.StartDate, Leave.EndDate) };
        query.Criteria.AddCondition(Leave.UserId, ConditionOperator.In, leave.Keys.Cast<object>().ToArray());
        query.Criteria.AddCondition(Leave.EndDate, ConditionOperator.OnOrAfter, from.Date);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        query.AddOrder(Leave.PrimaryId, OrderType.Ascending);
        foreach (var row in QueryPaging.All(_service, query))
        {
            var user = ColumnReader.Get<EntityReference>(row, Leave.UserId);
            var start = ColumnReader.GetValue<DateTime>(row, Leave.StartDate);
            var end = ColumnReader.GetValue<DateTime>(row, Leave.EndDate);
            if (user is null || start is null || end is null || end.Value.Date < start.Value.Date || !leave.TryGetValue(user.Id, out var list))
            {
                report($"Leave period {row.Id} has no user, no dates or ends before it starts; it was left out.");
                continue;
            }

            list.Add(new LeavePeriod(start.Value, end.Value));
        }

        return leave;
    }
}
