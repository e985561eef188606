using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Day = AdoptionPlugins.Schema.ActivityDay;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads users' rolled-up activity days as the evaluation needs them: day by day for a verdict, summed per user for a team.</summary>
public sealed class ActivityHistoryGateway
{
    /// <summary>An aggregate reads at most 50,000 rows (dataverse-facts 4.4); batches stay well below.</summary>
    private const int AggregateRowBudget = 40_000;

    private static readonly string[] Counts =
    [
        Day.TaskCount, Day.PhoneCallCount, Day.MeetingCount, Day.EmailSentCount, Day.EmailTrackedCount, Day.NoteCount,
        Day.OpportunityCreatedCount, Day.OpportunityWorkedCount, Day.OpportunityWonCount, Day.CompletedCount, Day.LoggedOnBehalfCount,
    ];

    private readonly IOrganizationService _service;

    public ActivityHistoryGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>Each user's days from <paramref name="first"/> to <paramref name="last"/> (both included); one request per 5,000 rows.</summary>
    public IReadOnlyDictionary<Guid, List<ActivityDay>> ReadDays(IReadOnlyCollection<Guid> userIds, DateTime first, DateTime last)
    {
        var days = (userIds ?? throw new ArgumentNullException(nameof(userIds))).Distinct().ToDictionary(id => id, _ => new List<ActivityDay>());
        if (days.Count == 0)
        {
            return days;
        }

        var query = new QueryExpression(Day.EntityName) { ColumnSet = new ColumnSet([Day.UserId, Day.Day, .. Counts]) };
        query.Criteria.AddCondition(Day.UserId, ConditionOperator.In, days.Keys.Cast<object>().ToArray());
        query.Criteria.AddCondition(Day.Day, ConditionOperator.OnOrAfter, first.Date);
        query.Criteria.AddCondition(Day.Day, ConditionOperator.OnOrBefore, last.Date);
        query.AddOrder(Day.PrimaryId, OrderType.Ascending);
        foreach (var row in QueryPaging.All(_service, query))
        {
            if (ColumnReader.Get<EntityReference>(row, Day.UserId) is { } user && ColumnReader.GetValue<DateTime>(row, Day.Day) is { } day
                && days.TryGetValue(user.Id, out var list) && list.All(known => known.Day != day.Date))
            {
                list.Add(new ActivityDay(day, CountsOf(column => ColumnReader.GetValue<int>(row, column))));
            }
        }

        return days;
    }

    /// <summary>
    /// What each user logged from <paramref name="first"/> to <paramref name="last"/>, summed by an aggregate query per batch of
    /// users sized so no batch reads more than 40,000 day rows. Users with no days are missing from the answer.
    /// </summary>
    public IReadOnlyDictionary<Guid, ActivityCounts> ReadTotals(IReadOnlyCollection<Guid> userIds, DateTime first, DateTime last)
    {
        var ids = (userIds ?? throw new ArgumentNullException(nameof(userIds))).Distinct().ToList();
        var totals = new Dictionary<Guid, ActivityCounts>();
        var dayCount = Math.Max(1, (int)(last.Date - first.Date).TotalDays + 1);
        var batchSize = Math.Max(1, Math.Min(QueryPaging.MaxPageSize, AggregateRowBudget / dayCount));
        for (var start = 0; start < ids.Count; start += batchSize)
        {
            var fetch = TotalsFetch(ids.Skip(start).Take(batchSize), first, last);
            foreach (var row in _service.RetrieveMultiple(new FetchExpression(fetch)).Entities)
            {
                if (row.GetAttributeValue<AliasedValue>("user")?.Value is EntityReference user)
                {
                    totals[user.Id] = CountsOf(column => row.GetAttributeValue<AliasedValue>(column)?.Value is { } sum ? Convert.ToInt32(sum, CultureInfo.InvariantCulture) : 0);
                }
            }
        }

        return totals;
    }

    private static string TotalsFetch(IEnumerable<Guid> userIds, DateTime first, DateTime last)
    {
        var sums = string.Concat(Counts.Select(column => $"<attribute name=\"{column}\" alias=\"{column}\" aggregate=\"sum\" />"));
        var users = string.Concat(userIds.Select(id => $"<value>{id:D}</value>"));
        return string.Format(
            CultureInfo.InvariantCulture,
            "<fetch aggregate=\"true\"><entity name=\"{0}\"><attribute name=\"{1}\" alias=\"user\" groupby=\"true\" />{2}<filter>"
            + "<condition attribute=\"{1}\" operator=\"in\">{3}</condition>"
            + "<condition attribute=\"{4}\" operator=\"on-or-after\" value=\"{5:yyyy-MM-dd}\" />"
            + "<condition attribute=\"{4}\" operator=\"on-or-before\" value=\"{6:yyyy-MM-dd}\" /></filter></entity></fetch>",
            Day.EntityName,
            Day.UserId,
            sums,
            users,
            Day.Day,
            first,
            last);
    }

    private static ActivityCounts CountsOf(Func<string, int?> read)
    {
        int Count(string column) => Math.Max(0, read(column) ?? 0);
        return new ActivityCounts(
            Count(Day.TaskCount),
            Count(Day.PhoneCallCount),
            Count(Day.MeetingCount),
            Count(Day.EmailSentCount),
            Count(Day.EmailTrackedCount),
            Count(Day.NoteCount),
            Count(Day.OpportunityCreatedCount),
            Count(Day.OpportunityWorkedCount),
            Count(Day.OpportunityWonCount),
            Count(Day.CompletedCount),
            Count(Day.LoggedOnBehalfCount));
    }
}
