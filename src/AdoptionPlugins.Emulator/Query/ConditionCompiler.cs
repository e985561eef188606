using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Query;

// Compiles filters into predicates over joined rows (one row array per source slot), with SQL's null semantics:
// a null column satisfies only Null, never Equal, NotEqual or NotIn. Runs under the read lock (hierarchy operators read rows).
internal sealed class ConditionCompiler
{
    // Hierarchy operators recurse at most 100 levels (dataverse-facts 5.5).
    private const int MaxHierarchyDepth = 100;

    private readonly IReadOnlyDictionary<string, QuerySource> _sourcesByAlias;
    private readonly CallerScope _caller;

    public ConditionCompiler(IReadOnlyDictionary<string, QuerySource> sourcesByAlias, CallerScope caller)
    {
        _sourcesByAlias = sourcesByAlias;
        _caller = caller;
    }

    public Func<object?[]?[], bool>? Compile(FilterNode? filter, QuerySource owner)
    {
        if (filter is null || (filter.Conditions.Count == 0 && filter.Filters.Count == 0))
        {
            return null;
        }

        var parts = filter.Conditions.Select(c => Compile(c, owner))
            .Concat(filter.Filters.Select(f => Compile(f, owner)).Where(p => p is not null).Select(p => p!))
            .ToArray();
        if (parts.Length == 0)
        {
            return null;
        }

        return filter.Operator == LogicalOperator.Or
            ? rows => Array.Exists(parts, p => p(rows))
            : rows => Array.TrueForAll(parts, p => p(rows));
    }

    public QuerySource SourceOf(string? alias, QuerySource owner) =>
        alias is null ? owner : _sourcesByAlias.TryGetValue(alias, out var source) ? source : throw Fault.UnknownTable(alias);

    public static int RequireOrdinal(TableMetadata table, string attribute)
    {
        var ordinal = table.OrdinalOf(attribute);
        return ordinal >= 0 ? ordinal : throw Fault.UnknownColumn(table.LogicalName, attribute);
    }

    private Func<object?[]?[], bool> Compile(ConditionNode condition, QuerySource owner)
    {
        var source = SourceOf(condition.EntityAlias, owner);
        var slot = source.Slot;
        var ordinal = RequireOrdinal(source.Store.Metadata, condition.Attribute);
        var column = source.Store.Metadata.Columns[ordinal];
        var values = condition.Values.Select(ColumnValues.ConditionValue).ToArray();
        var one = condition.Operator is ConditionOperator.Equal or ConditionOperator.NotEqual or ConditionOperator.GreaterThan
            or ConditionOperator.GreaterEqual or ConditionOperator.LessThan or ConditionOperator.LessEqual
            ? Single(condition, values)
            : null;
        Func<object?, bool> test = condition.Operator switch
        {
            ConditionOperator.Equal => v => StoredValues.Compare(v, one) == 0,
            ConditionOperator.NotEqual => v => StoredValues.Compare(v, one) is { } c && c != 0,
            ConditionOperator.GreaterThan => v => StoredValues.Compare(v, one) > 0,
            ConditionOperator.GreaterEqual => v => StoredValues.Compare(v, one) >= 0,
            ConditionOperator.LessThan => v => StoredValues.Compare(v, one) < 0,
            ConditionOperator.LessEqual => v => StoredValues.Compare(v, one) <= 0,
            ConditionOperator.In => InTest(values),
            ConditionOperator.NotIn => v => v is not null && values.All(x => StoredValues.Compare(v, x) is { } c && c != 0),
            ConditionOperator.Null => v => v is null,
            ConditionOperator.NotNull => v => v is not null,
            ConditionOperator.Between => Between(condition, values, inside: true),
            ConditionOperator.NotBetween => Between(condition, values, inside: false),
            ConditionOperator.Like => Like(condition, values, "{0}", matches: true),
            ConditionOperator.NotLike => Like(condition, values, "{0}", matches: false),
            ConditionOperator.BeginsWith => Like(condition, values, "{0}%", matches: true),
            ConditionOperator.DoesNotBeginWith => Like(condition, values, "{0}%", matches: false),
            ConditionOperator.EndsWith => Like(condition, values, "%{0}", matches: true),
            ConditionOperator.DoesNotEndWith => Like(condition, values, "%{0}", matches: false),
            ConditionOperator.On => OnDate(condition, values, c => c == 0),
            ConditionOperator.NotOn => OnDate(condition, values, c => c != 0),
            ConditionOperator.OnOrAfter => OnDate(condition, values, c => c >= 0),
            ConditionOperator.OnOrBefore => OnDate(condition, values, c => c <= 0),
            ConditionOperator.EqualUserId => v => v is StoredReference r && r.Id == _caller.CallerId,
            ConditionOperator.NotEqualUserId => v => v is StoredReference r && r.Id != _caller.CallerId,
            ConditionOperator.EqualUserOrUserHierarchy => v => v is StoredReference r && _caller.Hierarchy.Contains(r.Id),
            ConditionOperator.Last7Days => LocalDays(column, condition, 6),
            ConditionOperator.LastXDays => LocalDays(column, condition, Single(condition, values) as int? ?? 0),
            ConditionOperator.ThisMonth => LocalWindow(column, condition, today => (today.AddDays(1 - today.Day), today.AddDays(1 - today.Day).AddMonths(1).AddDays(-1))),
            ConditionOperator.Under => Hierarchy(source, condition, values, below: true, includeSelf: false),
            ConditionOperator.UnderOrEqual => Hierarchy(source, condition, values, below: true, includeSelf: true),
            ConditionOperator.NotUnder => Negate(Hierarchy(source, condition, values, below: true, includeSelf: false)),
            ConditionOperator.Above => Hierarchy(source, condition, values, below: false, includeSelf: false),
            ConditionOperator.AboveOrEqual => Hierarchy(source, condition, values, below: false, includeSelf: true),
            _ => throw new NotSupportedException($"The emulator does not evaluate condition operator {condition.Operator} (column '{column.LogicalName}')."),
        };
        return rows => test(rows[slot]?[ordinal]);
    }

    private static object Single(ConditionNode condition, object?[] values) =>
        values.Length == 1 && values[0] is { } value
            ? value
            : throw Fault.InvalidArgument($"Condition operator {condition.Operator} on '{condition.Attribute}' expects exactly one value, got {values.Length}.");

    // Ids and text are hashed, so a long In list (a page of ids) costs one lookup per row; numbers keep the pairwise comparison,
    // where an int and a decimal of the same value must still match.
    private static Func<object?, bool> InTest(object?[] values)
    {
        if (values.All(x => x is not null && StoredValues.IndexKey(x) is Guid or string))
        {
            var set = new HashSet<object>(values!, StoredValues.KeyComparer);
            return v => v is not null && set.Contains(v);
        }

        return v => v is not null && values.Any(x => StoredValues.AreEqual(v, x));
    }

    private static Func<object?, bool> Between(ConditionNode condition, object?[] values, bool inside)
    {
        if (values.Length != 2 || values[0] is null || values[1] is null)
        {
            throw Fault.InvalidArgument($"Condition operator {condition.Operator} on '{condition.Attribute}' expects two values.");
        }

        return v => StoredValues.Compare(v, values[0]) is { } low && StoredValues.Compare(v, values[1]) is { } high && (low >= 0 && high <= 0) == inside;
    }

    private static Func<object?, bool> Like(ConditionNode condition, object?[] values, string shape, bool matches)
    {
        if (Single(condition, values) is not string text)
        {
            throw Fault.InvalidArgument($"Condition operator {condition.Operator} on '{condition.Attribute}' expects a string value.");
        }

        var regex = LikePattern.ToRegex(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, text));
        return v => v is string s && regex.IsMatch(s) == matches;
    }

    // Date operators compare the date part in UTC; the platform uses the caller's time zone (see EmulatorKnownLimitationsTests).
    private static Func<object?, bool> OnDate(ConditionNode condition, object?[] values, Func<int, bool> accept)
    {
        if (Single(condition, values) is not DateTime date)
        {
            throw Fault.InvalidArgument($"Condition operator {condition.Operator} on '{condition.Attribute}' expects a date value.");
        }

        return v => v is DateTime stored && accept(stored.Date.CompareTo(date.Date));
    }

    // Relative date operators take today in the caller's time zone; a UserLocal value is compared as the caller's local date,
    // DateOnly and TimeZoneIndependent values as stored (dataverse-facts 4.8). last-seven-days is the seven days including today
    // (ConditionOperator.Last7Days); that last-x-days reaches X whole days back from today, today included, is [community].
    // this-month is the caller's calendar month, first to last day, future days included.
    private Func<object?, bool> LocalDays(ColumnMetadata column, ConditionNode condition, int daysBack) =>
        LocalWindow(column, condition, today => (today.AddDays(-daysBack), today));

    private Func<object?, bool> LocalWindow(ColumnMetadata column, ConditionNode condition, Func<DateTime, (DateTime First, DateTime Last)> window)
    {
        if (column.Type != ColumnType.DateTime)
        {
            throw Fault.InvalidArgument($"Condition operator {condition.Operator} needs a date and time column; '{column.LogicalName}' is {column.Type}.");
        }

        var local = column.DateTimeBehavior == DateTimeBehavior.UserLocal;
        return v =>
        {
            if (v is not DateTime stored)
            {
                return false;
            }

            var day = local ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(stored, DateTimeKind.Utc), _caller.Zone).Date : stored.Date;
            var (first, last) = window(_caller.Today);
            return day >= first && day <= last;
        };
    }

    private static Func<object?, bool> Negate(Func<object?, bool> test) => v => v is not null && !test(v);

    private static Func<object?, bool> Hierarchy(QuerySource source, ConditionNode condition, object?[] values, bool below, bool includeSelf)
    {
        var table = source.Store.Metadata;
        if (table.HierarchyParentColumn is not { } parentColumn)
        {
            throw Fault.InvalidArgument($"Condition operator {condition.Operator} requires a hierarchical relationship; '{table.LogicalName}' has none.");
        }

        if (Single(condition, values) is not Guid anchor)
        {
            throw Fault.InvalidArgument($"Condition operator {condition.Operator} on '{condition.Attribute}' expects an id.");
        }

        var parentOrdinal = table.OrdinalOf(parentColumn);
        var members = below ? Descendants(source.Store, parentOrdinal, anchor) : Ancestors(source.Store, parentOrdinal, anchor);
        if (includeSelf)
        {
            members.Add(anchor);
        }

        return v => StoredValues.IndexKey(v ?? Guid.Empty) is Guid id && members.Contains(id);
    }

    private static HashSet<Guid> Descendants(TableStore store, int parentOrdinal, Guid anchor)
    {
        var found = new HashSet<Guid>();
        var level = new List<Guid> { anchor };
        for (var depth = 0; depth < MaxHierarchyDepth && level.Count > 0; depth++)
        {
            var next = new List<Guid>();
            foreach (var parent in level)
            {
                foreach (var child in store.Lookup(parentOrdinal, parent))
                {
                    if (child != anchor && found.Add(child))
                    {
                        next.Add(child);
                    }
                }
            }

            level = next;
        }

        return found;
    }

    private static HashSet<Guid> Ancestors(TableStore store, int parentOrdinal, Guid anchor)
    {
        var found = new HashSet<Guid>();
        var current = anchor;
        for (var depth = 0; depth < MaxHierarchyDepth; depth++)
        {
            if (!store.TryGet(current, out var row) || row[parentOrdinal] is not StoredReference parent || parent.Id == anchor || !found.Add(parent.Id))
            {
                break;
            }

            current = parent.Id;
        }

        return found;
    }
}
