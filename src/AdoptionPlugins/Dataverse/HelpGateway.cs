using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Finds what in contributors' own pipelines needs a next step: their open opportunities with no open activity planned, and
/// their activities past due. Only their own records, never anyone else's numbers. Three requests per page of contributors.
/// </summary>
public sealed class HelpGateway
{
    private const string ActivityPointer = "activitypointer";
    private const string RegardingId = "regardingobjectid";
    private const string ScheduledEnd = "scheduledend";
    private const string OpportunityName = "name";

    private readonly IOrganizationService _service;

    public HelpGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>Help facts for each contributor who has something that needs a look; the others are missing from the answer.</summary>
    public IReadOnlyDictionary<Guid, HelpFacts> Read(IReadOnlyCollection<Guid> contributorIds, DateTime today)
    {
        var help = new Dictionary<Guid, HelpFacts>();
        if (contributorIds.Count == 0)
        {
            return help;
        }

        var owners = contributorIds.Distinct().Cast<object>().ToArray();
        var open = new QueryExpression(Opportunity.EntityName) { ColumnSet = new ColumnSet(OpportunityName, RecordColumns.OwnerId) };
        open.Criteria.AddCondition(RecordColumns.StateCode, ConditionOperator.Equal, Opportunity.StateOpen);
        open.Criteria.AddCondition(RecordColumns.OwnerId, ConditionOperator.In, owners);
        open.AddOrder(Opportunity.PrimaryId, OrderType.Ascending);
        var deals = QueryPaging.All(_service, open).ToList();
        var planned = Planned(deals.Select(deal => deal.Id).ToList());
        var overdue = Overdue(owners, today);
        foreach (var owner in contributorIds.Distinct())
        {
            var withoutNextStep = deals
                .Where(deal => ColumnReader.Get<EntityReference>(deal, RecordColumns.OwnerId)?.Id == owner && !planned.Contains(deal.Id))
                .Select(deal => ColumnReader.Get<string>(deal, OpportunityName) ?? string.Empty)
                .OrderBy(name => name, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var late = overdue.TryGetValue(owner, out var count) ? count : 0;
            if (withoutNextStep.Count > 0 || late > 0)
            {
                help[owner] = new HelpFacts(withoutNextStep, late);
            }
        }

        return help;
    }

    // Opportunities with at least one open or scheduled activity regarding them.
    private HashSet<Guid> Planned(List<Guid> opportunityIds)
    {
        var planned = new HashSet<Guid>();
        if (opportunityIds.Count == 0)
        {
            return planned;
        }

        var query = new QueryExpression(ActivityPointer) { ColumnSet = new ColumnSet(RegardingId) };
        query.Criteria.AddCondition(RegardingId, ConditionOperator.In, opportunityIds.Cast<object>().ToArray());
        query.Criteria.AddCondition(RecordColumns.StateCode, ConditionOperator.In, Activity.StateOpen, Activity.StateScheduled);
        query.AddOrder(Activity.ActivityId, OrderType.Ascending);
        planned.UnionWith(QueryPaging.All(_service, query).Select(row => ColumnReader.Get<EntityReference>(row, RegardingId)?.Id).OfType<Guid>());
        return planned;
    }

    private Dictionary<Guid, int> Overdue(object[] owners, DateTime today)
    {
        var query = new QueryExpression(ActivityPointer) { ColumnSet = new ColumnSet(RecordColumns.OwnerId) };
        query.Criteria.AddCondition(RecordColumns.OwnerId, ConditionOperator.In, owners);
        query.Criteria.AddCondition(RecordColumns.StateCode, ConditionOperator.In, Activity.StateOpen, Activity.StateScheduled);
        query.Criteria.AddCondition(ScheduledEnd, ConditionOperator.LessThan, DateTime.SpecifyKind(today.Date, DateTimeKind.Utc));
        query.AddOrder(Activity.ActivityId, OrderType.Ascending);
        return QueryPaging.All(_service, query)
            .Select(row => ColumnReader.Get<EntityReference>(row, RecordColumns.OwnerId)?.Id)
            .OfType<Guid>()
            .GroupBy(owner => owner)
            .ToDictionary(group => group.Key, group => group.Count());
    }
}
