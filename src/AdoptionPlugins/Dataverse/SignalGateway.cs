using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>Writes and reads <c>adopt_activitysignal</c> rows.</summary>
public sealed class SignalGateway
{
    private readonly IOrganizationService _service;

    public SignalGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>
    /// One request: an upsert by the signal's deterministic id (dataverse-facts 4.2). A retry or a second step that sees the same
    /// event writes the same row again, so nothing is counted twice; no alternate key is involved, so it works while keys are Pending.
    /// </summary>
    public void Upsert(Signal signal) => _service.Execute(new UpsertRequest { Target = SignalRows.ToRow(signal) });

    /// <summary>One request: deletes the signal row with this id.</summary>
    public void Delete(Guid signalId) => _service.Delete(ActivitySignal.EntityName, signalId);

    /// <summary>Which of these signal ids already have a row: one query for up to 5,000 ids (dataverse-facts 4.5).</summary>
    public ISet<Guid> FindExisting(IReadOnlyCollection<Guid> signalIds)
    {
        _ = signalIds ?? throw new ArgumentNullException(nameof(signalIds));
        if (signalIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        if (signalIds.Count > QueryPaging.MaxPageSize)
        {
            throw new ArgumentException($"Look up at most {QueryPaging.MaxPageSize} signal ids at a time, not {signalIds.Count}.", nameof(signalIds));
        }

        var query = new QueryExpression(ActivitySignal.EntityName) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(ActivitySignal.PrimaryId, ConditionOperator.In, signalIds.Cast<object>().ToArray());
        return new HashSet<Guid>(_service.RetrieveMultiple(query).Entities.Select(row => row.Id));
    }

    /// <summary>
    /// The signals credited to these users or logged on their behalf, from the UTC start (inclusive) to the end (exclusive),
    /// all pages of them (5,000 rows per request).
    /// </summary>
    public IReadOnlyList<Signal> ReadForUsers(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc)
    {
        _ = userIds ?? throw new ArgumentNullException(nameof(userIds));
        if (userIds.Count == 0)
        {
            return [];
        }

        var query = new QueryExpression(ActivitySignal.EntityName) { ColumnSet = new ColumnSet(SignalRows.Columns) };
        query.Criteria.AddCondition(ActivitySignal.OccurredOn, ConditionOperator.GreaterEqual, fromUtc);
        query.Criteria.AddCondition(ActivitySignal.OccurredOn, ConditionOperator.LessThan, toUtc);
        var users = userIds.Cast<object>().ToArray();
        var whose = new FilterExpression(LogicalOperator.Or);
        whose.AddCondition(ActivitySignal.UserId, ConditionOperator.In, users);
        whose.AddCondition(ActivitySignal.OnBehalfOfId, ConditionOperator.In, users);
        query.Criteria.AddFilter(whose);
        query.AddOrder(ActivitySignal.PrimaryId, OrderType.Ascending);
        return QueryPaging.All(_service, query).Select(SignalRows.FromRow).ToList();
    }
}
