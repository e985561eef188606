using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Finds the deals won recently and the CRM work behind each: activities on the opportunity that someone logged themselves,
/// which is what a credited "logged" activity signal records (imports and sync credit nobody, DESIGN-capture).
/// </summary>
public sealed class WonDealGateway
{
    private const string RegardingId = "regardingobjectid";
    private const string ActivityPointer = "activitypointer";
    private const string ActualCloseDate = "actualclosedate";
    private const string OpportunityName = "name";
    private const int BatchSize = 500;

    private readonly IOrganizationService _service;

    public WonDealGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>Opportunities won from <paramref name="first"/> to <paramref name="last"/> (close dates are DateOnly, dataverse-facts 4.8).</summary>
    public IReadOnlyList<WonOpportunity> Read(DateTime first, DateTime last)
    {
        var query = new QueryExpression(Opportunity.EntityName) { ColumnSet = new ColumnSet(OpportunityName, ActualCloseDate, RecordColumns.OwnerId) };
        query.Criteria.AddCondition(RecordColumns.StateCode, ConditionOperator.Equal, Opportunity.StateWon);
        query.Criteria.AddCondition(ActualCloseDate, ConditionOperator.OnOrAfter, first.Date);
        query.Criteria.AddCondition(ActualCloseDate, ConditionOperator.OnOrBefore, last.Date);
        query.AddOrder(Opportunity.PrimaryId, OrderType.Ascending);
        var deals = QueryPaging.All(_service, query).ToList();
        if (deals.Count == 0)
        {
            return [];
        }

        var activities = ActivitiesOn(deals.Select(deal => deal.Id).ToList());
        var loggers = LoggedBy(activities.Keys.ToList());
        return deals.Select(deal =>
        {
            var logged = activities.Where(activity => activity.Value == deal.Id && loggers.ContainsKey(activity.Key)).Select(activity => loggers[activity.Key]).ToList();
            return new WonOpportunity(
                deal.Id,
                ColumnReader.Get<string>(deal, OpportunityName) ?? string.Empty,
                ColumnReader.GetValue<DateTime>(deal, ActualCloseDate) ?? last,
                ColumnReader.Get<EntityReference>(deal, RecordColumns.OwnerId)?.Id ?? Guid.Empty,
                logged.Count,
                logged.Distinct());
        }).ToList();
    }

    // Activity id -> the opportunity it is regarding.
    private Dictionary<Guid, Guid> ActivitiesOn(List<Guid> opportunityIds)
    {
        var regarding = new Dictionary<Guid, Guid>();
        for (var start = 0; start < opportunityIds.Count; start += BatchSize)
        {
            var query = new QueryExpression(ActivityPointer) { ColumnSet = new ColumnSet(RegardingId) };
            query.Criteria.AddCondition(RegardingId, ConditionOperator.In, opportunityIds.Skip(start).Take(BatchSize).Cast<object>().ToArray());
            query.AddOrder(Activity.ActivityId, OrderType.Ascending);
            foreach (var row in QueryPaging.All(_service, query))
            {
                if (ColumnReader.Get<EntityReference>(row, RegardingId) is { } deal)
                {
                    regarding[row.Id] = deal.Id;
                }
            }
        }

        return regarding;
    }

    // Activity id -> the person credited with logging it, from the "logged" signals of those activities.
    private Dictionary<Guid, Guid> LoggedBy(List<Guid> activityIds)
    {
        var loggers = new Dictionary<Guid, Guid>();
        for (var start = 0; start < activityIds.Count; start += BatchSize)
        {
            var query = new QueryExpression(ActivitySignal.EntityName) { ColumnSet = new ColumnSet(ActivitySignal.SourceId, ActivitySignal.UserId) };
            query.Criteria.AddCondition(
                ActivitySignal.SourceId,
                ConditionOperator.In,
                activityIds.Skip(start).Take(BatchSize).Select(id => (object)id.ToString("D", CultureInfo.InvariantCulture)).ToArray());
            query.Criteria.AddCondition(ActivitySignal.Event, ConditionOperator.Equal, SignalChoices.ValueOf(SignalEvent.Logged));
            query.AddOrder(ActivitySignal.PrimaryId, OrderType.Ascending);
            foreach (var row in QueryPaging.All(_service, query))
            {
                if (Guid.TryParse(ColumnReader.Get<string>(row, ActivitySignal.SourceId), out var activityId) && ColumnReader.Get<EntityReference>(row, ActivitySignal.UserId) is { } user)
                {
                    loggers[activityId] = user.Id;
                }
            }
        }

        return loggers;
    }
}
