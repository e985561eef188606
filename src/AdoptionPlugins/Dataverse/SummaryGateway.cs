using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Teams;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Summary = AdoptionPlugins.Schema.AdoptionSummary;
using SystemUser = AdoptionPlugins.Schema.SystemUser;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Reads and writes <c>adopt_adoptionsummary</c> rows: one upsert per group and day, so a repeated run rewrites instead of adding;
/// the day's rows of groups no longer shown and rows past retention are deleted one Delete request at a time.
/// </summary>
public sealed class SummaryGateway
{
    private readonly IOrganizationService _service;

    public SummaryGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>
    /// One upsert per row. A team's row is owned by its manager, so the manager reads it at Basic depth and their own managers
    /// through hierarchy security (dataverse-facts 5.5, 7.1); the organization's and tiers' rows by <paramref name="groupOwner"/>,
    /// or, without one, by whoever the evaluation runs as.
    /// </summary>
    public void Write(IEnumerable<SummaryRow> rows, EntityReference? groupOwner)
    {
        foreach (var summary in rows ?? throw new ArgumentNullException(nameof(rows)))
        {
            var totals = summary.Totals;
            var row = new Entity(Summary.EntityName, summary.Id)
            {
                [Summary.Name] = ColumnText.Cut(summary.Name, Summary.NameMaxLength),
                [Summary.GroupKind] = new OptionSetValue(Summary.ValueOf(summary.Kind)),
                [Summary.Day] = summary.Day,
                [Summary.People] = totals.People,
                [Summary.Active] = totals.Active,
                [Summary.Slipping] = totals.Slipping,
                [Summary.Inactive] = totals.Inactive,
                [Summary.NewStarters] = totals.NewStarters,
                [Summary.OnLeave] = totals.OnLeave,
                [Summary.ActivePercent] = totals.ActivePercent,
                [Summary.LoggedLast7Days] = summary.LoggedLast7Days,
                [Summary.SummaryKey] = ColumnText.Cut(summary.Key, Summary.SummaryKeyMaxLength),
            };
            if (summary.ManagerId is { } managerId)
            {
                var manager = new EntityReference(SystemUser.EntityName, managerId);
                row[Summary.ManagerId] = manager;
                row[Summary.OwnerId] = manager;
            }
            else if (groupOwner is not null)
            {
                row[Summary.OwnerId] = groupOwner;
            }

            _service.Execute(new UpsertRequest { Target = row });
        }
    }

    /// <summary>
    /// The rows stored for <paramref name="day"/>: the teams' when <paramref name="teams"/> (only those of <paramref name="managers"/>,
    /// or every team's when null), else the organization's and tiers'. One request per 5,000 rows; none for no managers.
    /// </summary>
    public IReadOnlyList<StoredSummary> ReadDay(DateTime day, bool teams, IReadOnlyCollection<Guid>? managers)
    {
        if (managers is { Count: 0 })
        {
            return [];
        }

        var query = new QueryExpression(Summary.EntityName) { ColumnSet = new ColumnSet(Summary.ManagerId) };
        query.Criteria.AddCondition(Summary.Day, ConditionOperator.On, day.Date);
        query.Criteria.AddCondition(Summary.GroupKind, teams ? ConditionOperator.Equal : ConditionOperator.NotEqual, Summary.ValueOf(GroupKind.Team));
        if (managers is not null)
        {
            query.Criteria.AddCondition(Summary.ManagerId, ConditionOperator.In, managers.Cast<object>().ToArray());
        }

        query.AddOrder(Summary.PrimaryId, OrderType.Ascending);
        return QueryPaging.All(_service, query).Select(row => new StoredSummary(row.Id, ColumnReader.Get<EntityReference>(row, Summary.ManagerId)?.Id)).ToList();
    }

    /// <summary>
    /// The ids of the next rows whose day is before <paramref name="keptFrom"/>, after <paramref name="after"/> in id order, at most
    /// <paramref name="count"/>: one request.
    /// </summary>
    public IReadOnlyList<Guid> ReadExpired(DateTime keptFrom, Guid? after, int count)
    {
        if (count < 1 || count > QueryPaging.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Read 1 to {QueryPaging.MaxPageSize} rows at a time.");
        }

        var query = new QueryExpression(Summary.EntityName) { ColumnSet = new ColumnSet(false), TopCount = count };
        query.Criteria.AddCondition(Summary.Day, ConditionOperator.LessThan, keptFrom.Date);
        if (after is { } last)
        {
            query.Criteria.AddCondition(Summary.PrimaryId, ConditionOperator.GreaterThan, last);
        }

        query.AddOrder(Summary.PrimaryId, OrderType.Ascending);
        return _service.RetrieveMultiple(query).Entities.Select(row => row.Id).ToList();
    }

    /// <summary>
    /// One request per row: the rows are gone. Only rows just read are deleted: in the evaluation's transaction a Delete of a row
    /// that does not exist fails the whole page, and the fault cannot be caught and continued (dataverse-facts 1.3).
    /// </summary>
    public void Delete(IEnumerable<Guid> ids)
    {
        foreach (var id in ids ?? throw new ArgumentNullException(nameof(ids)))
        {
            _service.Delete(Summary.EntityName, id);
        }
    }
}
