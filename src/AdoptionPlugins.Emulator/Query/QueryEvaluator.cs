using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Query;

// Evaluates a QueryModel: candidate rows (from an equality index when it can), joins, filter, order, distinct, top and paging.
internal sealed class QueryEvaluator
{
    // Page size defaults to 5,000 and cannot exceed it; without a cookie at most 50,000 rows can be paged (dataverse-facts 4.5).
    public const int MaxPageSize = 5000;
    private const int SimplePagingLimit = 50_000;

    private readonly InMemoryDatabase _database;
    private readonly Guid _callerId;
    private readonly RowReader _reader;

    public QueryEvaluator(InMemoryDatabase database, Guid callerId)
    {
        _database = database;
        _callerId = callerId;
        _reader = new RowReader(database);
    }

    public EntityCollection Evaluate(QueryModel query)
    {
        var sources = new List<QuerySource>();
        var byAlias = new Dictionary<string, QuerySource>(StringComparer.Ordinal);
        var rootStore = Resolve(query.EntityName);
        var root = new QuerySource(rootStore, rootStore.Metadata.LogicalName, 0)
        {
            ColumnOrdinals = Ordinals(rootStore, query.Columns),
            AliasedOrdinals = AliasedOrdinals(rootStore, query.Columns),
        };
        sources.Add(root);
        byAlias[root.Alias] = root;
        var links = new List<QuerySource>();
        Bind(query.Links, root, sources, byAlias, links);
        var compiler = new ConditionCompiler(byAlias, Caller());
        var orders = Orders(query, root, links, compiler);
        var pageSize = PageSize(query);
        var settings = query.Aggregate is not null && _database.TryResolve("usersettings", out var userSettings) ? userSettings : null;

        _database.Lock.EnterReadLock();
        try
        {
            var access = _database.Security.ReadScope(_callerId, sources);
            foreach (var link in links)
            {
                link.Criteria = access.Restrict(link, compiler.Compile(link.Link!.Criteria, link));
                link.Mask = access.MaskOf(link);
            }

            var filter = compiler.Compile(query.Filter, root);
            var matches = new List<object?[]?[]>();
            var partial = new object?[]?[sources.Count];
            foreach (var row in access.Readable(root, Candidates(query.Filter, root)))
            {
                partial[0] = row;
                Expand(partial, links, 0, filter, matches);
            }

            if (query.Aggregate is { } aggregate)
            {
                var zone = aggregate.Columns.Any(c => c.DateGrouping is not null && c.UserTimeZone) ? CallerTimeZone(settings) : TimeZoneInfo.Utc;
                return new AggregateEvaluator(_reader, zone).Evaluate(aggregate, matches, root, compiler);
            }

            matches.Sort((a, b) => CompareRows(a, b, orders, root.Store.IdOrdinal));
            if (query.Distinct)
            {
                matches = Distinct(matches, sources);
            }

            return Page(query, root, sources, matches, pageSize, hasLinkOrder: orders.Any(o => o.Slot != 0));
        }
        finally
        {
            _database.Lock.ExitReadLock();
        }
    }

    private static void Expand(object?[]?[] partial, List<QuerySource> links, int index, Func<object?[]?[], bool>? filter, List<object?[]?[]> matches)
    {
        if (index == links.Count)
        {
            if (filter is null || filter(partial))
            {
                matches.Add((object?[]?[])partial.Clone());
            }

            return;
        }

        var link = links[index];
        var matched = false;
        if (partial[link.Parent!.Slot]?[link.FromOrdinal] is { } from)
        {
            foreach (var candidate in Joined(link, from))
            {
                partial[link.Slot] = link.Mask is { } mask ? mask(candidate) : candidate;
                if (link.Criteria is null || link.Criteria(partial))
                {
                    matched = true;
                    Expand(partial, links, index + 1, filter, matches);
                }
            }
        }

        partial[link.Slot] = null;
        if (!matched && link.Outer)
        {
            Expand(partial, links, index + 1, filter, matches);
        }
    }

    private static IEnumerable<object?[]> Joined(QuerySource link, object from)
    {
        var store = link.Store;
        var key = StoredValues.IndexKey(from);
        if (link.ToOrdinal == store.IdOrdinal)
        {
            return key is Guid id && store.TryGet(id, out var row) ? [row] : [];
        }

        if (store.IsIndexed(link.ToOrdinal))
        {
            return Rows(store, store.Lookup(link.ToOrdinal, key));
        }

        return store.Rows.Where(r => StoredValues.AreEqual(r[link.ToOrdinal], from));
    }

    private static IEnumerable<object?[]> Rows(TableStore store, IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
        {
            if (store.TryGet(id, out var row))
            {
                yield return row;
            }
        }
    }

    // An And filter with Equal (or EqualUserId) or In on the primary id or an indexed column reads only the matching rows.
    private IEnumerable<object?[]> Candidates(FilterNode? filter, QuerySource root)
    {
        var store = root.Store;
        if (filter is { Operator: LogicalOperator.And })
        {
            foreach (var condition in filter.Conditions.Where(c => c.EntityAlias is null || c.EntityAlias == root.Alias))
            {
                var ordinal = store.Metadata.OrdinalOf(condition.Attribute);
                if (condition.Operator == ConditionOperator.In && ordinal >= 0 && (ordinal == store.IdOrdinal || store.IsIndexed(ordinal)))
                {
                    return InCandidates(store, ordinal, condition);
                }

                var value = condition.Operator switch
                {
                    ConditionOperator.Equal when condition.Values.Count == 1 => ColumnValues.ConditionValue(condition.Values[0]),
                    ConditionOperator.EqualUserId => _callerId,
                    _ => null,
                };
                if (value is null || ordinal < 0)
                {
                    continue;
                }

                if (ordinal == store.IdOrdinal)
                {
                    return StoredValues.IndexKey(value) is Guid id && store.TryGet(id, out var row) ? [row] : [];
                }

                if (store.IsIndexed(ordinal))
                {
                    return Rows(store, store.Lookup(ordinal, value).ToArray());
                }
            }
        }

        return store.Rows;
    }

    // The rows an In condition on the id or an indexed column can match, found by lookups rather than a scan; the filter still
    // decides which of them match.
    private static object?[][] InCandidates(TableStore store, int ordinal, ConditionNode condition)
    {
        var keys = condition.Values.Select(ColumnValues.ConditionValue).OfType<object>().Select(StoredValues.IndexKey).Distinct(StoredValues.KeyComparer).ToArray();
        return ordinal == store.IdOrdinal
            ? Rows(store, keys.OfType<Guid>()).ToArray()
            : Rows(store, keys.SelectMany(key => store.Lookup(ordinal, key)).Distinct()).ToArray();
    }

    // SQL Server sorts nulls first; the primary id breaks ties so pages are stable.
    private static int CompareRows(object?[]?[] a, object?[]?[] b, List<(int Slot, int Ordinal, bool Descending)> orders, int idOrdinal)
    {
        foreach (var (slot, ordinal, descending) in orders)
        {
            var left = a[slot]?[ordinal];
            var right = b[slot]?[ordinal];
            var result = left is null ? (right is null ? 0 : -1) : right is null ? 1 : StoredValues.Compare(left, right) ?? 0;
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        return ((Guid)a[0]![idOrdinal]!).CompareTo((Guid)b[0]![idOrdinal]!);
    }

    private static List<object?[]?[]> Distinct(List<object?[]?[]> matches, List<QuerySource> sources)
    {
        var seen = new HashSet<object?[]>(ProjectionComparer.Instance);
        var distinct = new List<object?[]?[]>();
        foreach (var joined in matches)
        {
            var projection = sources.SelectMany(s => s.ColumnOrdinals.Concat(s.AliasedOrdinals.Select(a => a.Ordinal)).Select(o => joined[s.Slot]?[o])).ToArray();
            if (seen.Add(projection))
            {
                distinct.Add(joined);
            }
        }

        return distinct;
    }

    private EntityCollection Page(QueryModel query, QuerySource root, List<QuerySource> sources, List<object?[]?[]> matches, int pageSize, bool hasLinkOrder)
    {
        if (query.Top is { } top)
        {
            matches = matches.Take(top).ToList();
        }

        var page = query.Page;
        var idOrdinal = root.Store.IdOrdinal;
        var start = (page.Number - 1) * pageSize;
        if (page.Number > 1 && page.Cookie is { Length: > 0 } cookie)
        {
            var last = PagingCookie.LastId(cookie, root.Store.Metadata.PrimaryIdColumn);
            var index = matches.FindIndex(m => (Guid)m[0]![idOrdinal]! == last);
            start = index >= 0 ? index + 1 : start;
        }
        else if (page.Number > 1 && start + pageSize > SimplePagingLimit)
        {
            throw Fault.Create(
                ErrorCodes.OverRetrievalUpperLimitWithoutPagingCookie,
                "Over upper limit of records that can be requested without a paging cookie. A paging cookie is required when retrieving a high page number.");
        }

        var rows = matches.Skip(start).Take(pageSize).ToList();
        var entities = rows.Select(r => Materialize(r, root, sources)).ToList();
        var collection = new EntityCollection(entities)
        {
            EntityName = root.Store.Metadata.LogicalName,
            MoreRecords = start + pageSize < matches.Count,
            TotalRecordCount = page.ReturnTotalRecordCount ? Math.Min(matches.Count, MaxPageSize) : -1,
            TotalRecordCountLimitExceeded = page.ReturnTotalRecordCount && matches.Count > MaxPageSize,
        };

        // Queries ordered by a linked table's column return no cookie (dataverse-facts 4.5).
        if (rows.Count > 0 && !hasLinkOrder)
        {
            collection.PagingCookie = PagingCookie.Create(
                page.Number, root.Store.Metadata.PrimaryIdColumn, (Guid)rows[0][0]![idOrdinal]!, (Guid)rows[^1][0]![idOrdinal]!);
        }

        return collection;
    }

    private Entity Materialize(object?[]?[] joined, QuerySource root, List<QuerySource> sources)
    {
        var entity = _reader.Read(root.Store, joined[0]!, root.ColumnOrdinals);
        foreach (var source in sources)
        {
            if (joined[source.Slot] is not { } row)
            {
                continue;
            }

            var table = source.Store.Metadata;
            var linked = source.Slot != 0 ? source.ColumnOrdinals : [];
            var aliased = linked.Select(o => (Ordinal: o, Alias: $"{source.Alias}.{table.Columns[o].LogicalName}")).Concat(source.AliasedOrdinals);
            foreach (var (ordinal, alias) in aliased)
            {
                if (row[ordinal] is { } value)
                {
                    var column = table.Columns[ordinal];
                    entity.Attributes[alias] = new AliasedValue(table.LogicalName, column.LogicalName, _reader.ToSdk(column, value));
                }
            }
        }

        return entity;
    }

    private static int PageSize(QueryModel query)
    {
        var count = query.Page.Count == 0 ? MaxPageSize : query.Page.Count;
        if (count is < 0 or > MaxPageSize)
        {
            // The code the platform uses for an oversized page is UNVERIFIED; InvalidArgument is our choice.
            throw Fault.InvalidArgument($"The page size {count} is outside the allowed range 1 to {MaxPageSize}.");
        }

        // Top and paging cannot be combined (dataverse-facts 4.5); the code is UNVERIFIED.
        if (query.Top is not null && query.Page.Number > 1)
        {
            throw Fault.InvalidArgument("The TopCount and PageInfo.PageNumber greater than 1 cannot be specified together.");
        }

        if (query.Top is < 0 or > MaxPageSize)
        {
            throw Fault.InvalidArgument($"TopCount {query.Top} is outside the allowed range 0 to {MaxPageSize}.");
        }

        return count;
    }

    private TableStore Resolve(string? table) =>
        _database.TryResolve(table, out var store) ? store : throw Fault.UnknownTable(table);

    private static int[] Ordinals(TableStore store, ColumnSelection columns) =>
        RowReader.Ordinals(store.Metadata, columns.All ? new ColumnSet(true) : new ColumnSet([.. columns.Names]));

    private static (int Ordinal, string Alias)[] AliasedOrdinals(TableStore store, ColumnSelection columns) =>
        [.. columns.Aliases.Select(a => (ConditionCompiler.RequireOrdinal(store.Metadata, a.Column), a.Alias))];

    private CallerScope Caller() =>
        new(_callerId, _database.Clock.UtcNow, () => CallerTimeZone(_database.TryResolve("usersettings", out var settings) ? settings : null), CallerHierarchy);

    // eq-useroruserhierarchy matches the caller and their reports down to the hierarchy security depth (dataverse-facts 5.5).
    // With hierarchy security off the platform's answer is UNVERIFIED; the emulator then matches the caller alone.
    private HashSet<Guid> CallerHierarchy()
    {
        var members = new HashSet<Guid> { _callerId };
        if (_database.Options.Security.ManagerHierarchyDepth is not { } depth || !_database.TryResolve("systemuser", out var users))
        {
            return members;
        }

        var parentOrdinal = users.Metadata.OrdinalOf("parentsystemuserid");
        var level = new List<Guid> { _callerId };
        for (var distance = 1; distance <= depth && level.Count > 0; distance++)
        {
            level = level.SelectMany(manager => users.Lookup(parentOrdinal, manager)).Where(members.Add).ToList();
        }

        return members;
    }

    // The caller's usersettings.timezonecode decides user-time-zone date grouping; no settings row means UTC (dataverse-facts 4.4, 4.8).
    private TimeZoneInfo CallerTimeZone(TableStore? settings) =>
        settings is not null && settings.TryGet(_callerId, out var row) && row[settings.Metadata.OrdinalOf("timezonecode")] is int code
            ? UserTimeZones.FromCode(code)
            : TimeZoneInfo.Utc;

    private void Bind(IReadOnlyList<LinkNode> nodes, QuerySource parent, List<QuerySource> sources, Dictionary<string, QuerySource> byAlias, List<QuerySource> links)
    {
        foreach (var node in nodes)
        {
            var store = Resolve(node.ToEntity);
            var alias = node.Alias ?? $"{node.ToEntity}{links.Count + 1}";
            var source = new QuerySource(store, alias, sources.Count)
            {
                Parent = parent,
                Link = node,
                Outer = node.Outer,
                FromOrdinal = ConditionCompiler.RequireOrdinal(parent.Store.Metadata, node.FromAttribute),
                ToOrdinal = ConditionCompiler.RequireOrdinal(store.Metadata, node.ToAttribute),
                ColumnOrdinals = Ordinals(store, node.Columns),
                AliasedOrdinals = AliasedOrdinals(store, node.Columns),
            };
            sources.Add(source);
            links.Add(source);
            parent.Children.Add(source);
            if (!byAlias.TryAdd(alias, source))
            {
                throw Fault.InvalidArgument($"The alias '{alias}' is used by more than one table in the query.");
            }

            Bind(node.Links, source, sources, byAlias, links);
        }
    }

    private static List<(int Slot, int Ordinal, bool Descending)> Orders(QueryModel query, QuerySource root, List<QuerySource> links, ConditionCompiler compiler)
    {
        var orders = new List<(int, int, bool)>();
        foreach (var order in query.Orders)
        {
            var source = compiler.SourceOf(order.EntityAlias, root);
            orders.Add((source.Slot, ConditionCompiler.RequireOrdinal(source.Store.Metadata, order.Attribute), order.Descending));
        }

        foreach (var link in links)
        {
            foreach (var order in link.Link!.Orders)
            {
                orders.Add((link.Slot, ConditionCompiler.RequireOrdinal(link.Store.Metadata, order.Attribute), order.Descending));
            }
        }

        return orders;
    }
}
