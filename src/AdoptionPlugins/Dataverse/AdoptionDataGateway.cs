using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Finds, in bounded pages, the rows of our tables that are past retention or belong to one person, and deletes them one
/// Delete request at a time (no ExecuteMultiple in plugins, dataverse-facts 1.3).
/// </summary>
public sealed class AdoptionDataGateway
{
    private readonly IOrganizationService _service;

    public AdoptionDataGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    public static string EntityNameOf(AdoptionDataTable table) => NamesOf(table).Entity;

    public static string PrimaryIdOf(AdoptionDataTable table) => NamesOf(table).PrimaryId;

    /// <summary>
    /// The next rows of <paramref name="table"/> dated before <paramref name="keptFrom"/>, after <paramref name="after"/> in id order,
    /// at most <paramref name="count"/>: one request. Profiles come with their first and last activity, to clear the old ones.
    /// </summary>
    public IReadOnlyList<Entity> ReadExpired(AdoptionDataTable table, DateTime keptFrom, Guid? after, int count)
    {
        var query = Page(table, after, count, table == AdoptionDataTable.Profiles ? new ColumnSet(AdoptionProfile.FirstActivityOn, AdoptionProfile.LastActivityOn) : new ColumnSet(false));
        if (table == AdoptionDataTable.Profiles)
        {
            var old = new FilterExpression(LogicalOperator.Or);
            old.AddCondition(AdoptionProfile.FirstActivityOn, ConditionOperator.LessThan, keptFrom);
            old.AddCondition(AdoptionProfile.LastActivityOn, ConditionOperator.LessThan, keptFrom);
            query.Criteria.AddFilter(old);
        }
        else
        {
            query.Criteria.AddCondition(NamesOf(table).Date, ConditionOperator.LessThan, keptFrom);
        }

        return _service.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>
    /// The next rows of <paramref name="table"/> about <paramref name="userId"/> (credited to, received by, owned as the subject),
    /// after <paramref name="after"/> in id order, at most <paramref name="count"/>: one request.
    /// </summary>
    public IReadOnlyList<Entity> ReadOfPerson(AdoptionDataTable table, Guid userId, Guid? after, int count, bool allColumns)
    {
        var query = Page(table, after, count, new ColumnSet(allColumns));
        query.Criteria.AddCondition(NamesOf(table).Person, ConditionOperator.Equal, userId);
        return _service.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>The next signals others logged on behalf of <paramref name="userId"/>: their credit stays, the name goes.</summary>
    public IReadOnlyList<Entity> ReadLoggedOnBehalfOf(Guid userId, int count)
    {
        var query = Page(AdoptionDataTable.Signals, null, count, new ColumnSet(false));
        query.Criteria.AddCondition(ActivitySignal.OnBehalfOfId, ConditionOperator.Equal, userId);
        return _service.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>
    /// The next rows of a table naming others (<see cref="AdoptionDataTable.MessagesNamingThem"/>, <see cref="AdoptionDataTable.WinsNamingThem"/>)
    /// whose texts contain any of <paramref name="names"/>, after <paramref name="after"/> in id order, at most <paramref name="count"/>:
    /// one request, with the texts and a message's language. The leading wildcard makes it a scan, acceptable for a rare request
    /// on our own tables, read in bounded pages.
    /// </summary>
    public IReadOnlyList<Entity> ReadNaming(AdoptionDataTable table, IReadOnlyCollection<string> names, Guid? after, int count)
    {
        _ = names ?? throw new ArgumentNullException(nameof(names));
        var texts = TextsOf(table);
        var columns = texts.Select(text => text.Key).ToList();
        if (table == AdoptionDataTable.MessagesNamingThem)
        {
            columns.Add(Nudge.Language);
        }

        var query = Page(table, after, count, new ColumnSet([.. columns]));
        var naming = new FilterExpression(LogicalOperator.Or);
        foreach (var text in texts)
        {
            foreach (var name in names)
            {
                naming.AddCondition(text.Key, ConditionOperator.Like, LikeContaining(name));
            }
        }

        query.Criteria.AddFilter(naming);
        return _service.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>The text columns of a table naming others that may carry a person's name, each with the most characters it holds.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> TextsOf(AdoptionDataTable table) => table switch
    {
        AdoptionDataTable.MessagesNamingThem =>
            [Text(Nudge.Name, Nudge.NameMaxLength), Text(Nudge.Body, Nudge.BodyMaxLength), Text(Nudge.EmailBody, Nudge.EmailBodyMaxLength), Text(Nudge.Reason, Nudge.ReasonMaxLength)],
        AdoptionDataTable.WinsNamingThem => [Text(QuickWin.Name, QuickWin.NameMaxLength), Text(QuickWin.Body, QuickWin.BodyMaxLength)],
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Only the messages and quick wins naming others are scrubbed of a name."),
    };

    /// <summary>
    /// A like pattern for texts containing <paramref name="text"/> literally: like reads %, _ and [ as wildcards, and a wildcard in
    /// brackets as itself (learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters).
    /// </summary>
    public static string LikeContaining(string text)
    {
        var pattern = new StringBuilder("%");
        foreach (var character in text ?? throw new ArgumentNullException(nameof(text)))
        {
            if (character is '%' or '_' or '[')
            {
                pattern.Append('[').Append(character).Append(']');
            }
            else
            {
                pattern.Append(character);
            }
        }

        return pattern.Append('%').ToString();
    }

    /// <summary>One request: the row's texts as given, each cut to its column.</summary>
    public void Rewrite(AdoptionDataTable table, Guid id, IReadOnlyDictionary<string, string?> texts)
    {
        _ = texts ?? throw new ArgumentNullException(nameof(texts));
        var update = new Entity(EntityNameOf(table), id);
        foreach (var column in TextsOf(table).Where(column => texts.ContainsKey(column.Key)))
        {
            update[column.Key] = texts[column.Key] is { } text ? ColumnText.Cut(text, column.Value) : null;
        }

        _service.Update(update);
    }

    /// <summary>One request: the row is gone.</summary>
    public void Delete(AdoptionDataTable table, Guid id) => _service.Delete(EntityNameOf(table), id);

    /// <summary>One request: the signal no longer names whom it was logged for.</summary>
    public void ForgetOnBehalfOf(Guid signalId) =>
        _service.Update(new Entity(ActivitySignal.EntityName, signalId) { [ActivitySignal.OnBehalfOfId] = null });

    /// <summary>One request: the profile keeps its verdict and loses the first and last activity older than <paramref name="keptFrom"/>.</summary>
    public void ClearOldActivity(Entity profile, DateTime keptFrom)
    {
        _ = profile ?? throw new ArgumentNullException(nameof(profile));
        var update = new Entity(AdoptionProfile.EntityName, profile.Id);
        foreach (var column in new[] { AdoptionProfile.FirstActivityOn, AdoptionProfile.LastActivityOn })
        {
            if (ColumnReader.GetUtc(profile, column) is { } stamp && stamp < keptFrom)
            {
                update[column] = null;
            }
        }

        _service.Update(update);
    }

    private static KeyValuePair<string, int> Text(string column, int maxLength) => new(column, maxLength);

    private static QueryExpression Page(AdoptionDataTable table, Guid? after, int count, ColumnSet columns)
    {
        if (count < 1 || count > QueryPaging.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Read 1 to {QueryPaging.MaxPageSize} rows at a time.");
        }

        var query = new QueryExpression(EntityNameOf(table)) { ColumnSet = columns, TopCount = count };
        if (after is { } last)
        {
            query.Criteria.AddCondition(NamesOf(table).PrimaryId, ConditionOperator.GreaterThan, last);
        }

        query.AddOrder(NamesOf(table).PrimaryId, OrderType.Ascending);
        return query;
    }

    // The table, its id, the person a row is about and the date retention judges it by (a profile by its last activity).
    // A class, not a tuple: .NET Framework 4.6.2 has no System.ValueTuple, and the plugin ships without dependencies.
    private static TableNames NamesOf(AdoptionDataTable table) => table switch
    {
        AdoptionDataTable.Signals => new(ActivitySignal.EntityName, ActivitySignal.PrimaryId, ActivitySignal.UserId, ActivitySignal.OccurredOn),
        AdoptionDataTable.ActivityDays => new(ActivityDay.EntityName, ActivityDay.PrimaryId, ActivityDay.UserId, ActivityDay.Day),
        AdoptionDataTable.MessageLog or AdoptionDataTable.MessagesNamingThem => new(Nudge.EntityName, Nudge.PrimaryId, Nudge.RecipientId, Nudge.Day),
        AdoptionDataTable.QuickWins or AdoptionDataTable.WinsNamingThem => new(QuickWin.EntityName, QuickWin.PrimaryId, QuickWin.UserId, QuickWin.Day),
        AdoptionDataTable.LeavePeriods => new(LeavePeriod.EntityName, LeavePeriod.PrimaryId, LeavePeriod.UserId, LeavePeriod.EndDate),
        _ => new(AdoptionProfile.EntityName, AdoptionProfile.PrimaryId, AdoptionProfile.UserId, AdoptionProfile.LastActivityOn),
    };

    private sealed class TableNames
    {
        public TableNames(string entity, string primaryId, string person, string date)
        {
            Entity = entity;
            PrimaryId = primaryId;
            Person = person;
            Date = date;
        }

        public string Entity { get; }

        public string PrimaryId { get; }

        public string Person { get; }

        public string Date { get; }
    }
}
