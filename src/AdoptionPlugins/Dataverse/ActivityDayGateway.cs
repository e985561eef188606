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

    /// <summary>The days already stored for these users within the range, per user (one request per 5,000 rows).</summary>
    public IReadOnlyDictionary<Guid, List<DateTime>> ReadDays(IReadOnlyCollection<Guid> userIds, LocalDayRange range)
    {
        _ = userIds ?? throw new ArgumentNullException(nameof(userIds));
        _ = range ?? throw new ArgumentNullException(nameof(range));
        var days = userIds.Distinct().ToDictionary(id => id, _ => new List<DateTime>());
        if (days.Count == 0)
        {
            return days;
        }

        var query = new QueryExpression(ActivityDay.EntityName) { ColumnSet = new ColumnSet(ActivityDay.UserId, ActivityDay.Day) };
        query.Criteria.AddCondition(ActivityDay.UserId, ConditionOperator.In, days.Keys.Cast<object>().ToArray());
        query.Criteria.AddCondition(ActivityDay.Day, ConditionOperator.OnOrAfter, range.First);
        query.Criteria.AddCondition(ActivityDay.Day, ConditionOperator.OnOrBefore, range.Last);
        query.AddOrder(ActivityDay.PrimaryId, OrderType.Ascending);
        foreach (var row in QueryPaging.All(_service, query))
        {
            if (ColumnReader.Get<EntityReference>(row, ActivityDay.UserId) is { } user && ColumnReader.GetValue<DateTime>(row, ActivityDay.Day) is { } day
                && days.TryGetValue(user.Id, out var list))
            {
                list.Add(day.Date);
            }
        }

        return days;
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
