using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads and writes <c>adopt_activityday</c> rows.</summary>
public sealed class ActivityDayGateway
{
    private readonly IOrganizationService _service;

    public ActivityDayGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    private static readonly string[] Columns =
    [
        ActivityDay.Name, ActivityDay.UserId, ActivityDay.OwnerId, ActivityDay.Day, ActivityDay.TaskCount, ActivityDay.PhoneCallCount,
        ActivityDay.MeetingCount, ActivityDay.EmailSentCount, ActivityDay.EmailTrackedCount, ActivityDay.NoteCount,
        ActivityDay.OpportunityCreatedCount, ActivityDay.OpportunityWorkedCount, ActivityDay.OpportunityWonCount, ActivityDay.CompletedCount,
        ActivityDay.LoggedOnBehalfCount, ActivityDay.TotalCount, ActivityDay.FirstActivityOn, ActivityDay.LastActivityOn,
    ];

    /// <summary>The rows already stored for these users within the range, by row id (one request per 5,000 rows).</summary>
    public StoredActivityDays ReadStored(IReadOnlyCollection<Guid> userIds, LocalDayRange range)
    {
        _ = userIds ?? throw new ArgumentNullException(nameof(userIds));
        _ = range ?? throw new ArgumentNullException(nameof(range));
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new StoredActivityDays([]);
        }

        var query = new QueryExpression(ActivityDay.EntityName) { ColumnSet = new ColumnSet(Columns) };
        query.Criteria.AddCondition(ActivityDay.UserId, ConditionOperator.In, ids.Cast<object>().ToArray());
        query.Criteria.AddCondition(ActivityDay.Day, ConditionOperator.OnOrAfter, range.First);
        query.Criteria.AddCondition(ActivityDay.Day, ConditionOperator.OnOrBefore, range.Last);
        query.AddOrder(ActivityDay.PrimaryId, OrderType.Ascending);
        return new StoredActivityDays(QueryPaging.All(_service, query));
    }

    /// <summary>One request: an upsert by the user-day's deterministic id, owned by the user it describes.</summary>
    public void Upsert(ActivityDayRecord day) => _service.Execute(new UpsertRequest { Target = ToRow(day) });

    public static Entity ToRow(ActivityDayRecord day)
    {
        _ = day ?? throw new ArgumentNullException(nameof(day));
        var row = new Entity(ActivityDay.EntityName, day.Id);
        row[ActivityDay.Name] = day.Name;
        row[ActivityDay.UserId] = new EntityReference(SystemUser.EntityName, day.UserId);
        row[ActivityDay.OwnerId] = new EntityReference(SystemUser.EntityName, day.UserId);
        row[ActivityDay.Day] = day.Day;
        row[ActivityDay.TaskCount] = day.TaskCount;
        row[ActivityDay.PhoneCallCount] = day.PhoneCallCount;
        row[ActivityDay.MeetingCount] = day.MeetingCount;
        row[ActivityDay.EmailSentCount] = day.EmailSentCount;
        row[ActivityDay.EmailTrackedCount] = day.EmailTrackedCount;
        row[ActivityDay.NoteCount] = day.NoteCount;
        row[ActivityDay.OpportunityCreatedCount] = day.OpportunityCreatedCount;
        row[ActivityDay.OpportunityWorkedCount] = day.OpportunityWorkedCount;
        row[ActivityDay.OpportunityWonCount] = day.OpportunityWonCount;
        row[ActivityDay.CompletedCount] = day.CompletedCount;
        row[ActivityDay.LoggedOnBehalfCount] = day.LoggedOnBehalfCount;
        row[ActivityDay.TotalCount] = day.TotalCount;
        row[ActivityDay.FirstActivityOn] = day.FirstActivityOn;
        row[ActivityDay.LastActivityOn] = day.LastActivityOn;
        return row;
    }
}
