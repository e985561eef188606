using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Query;

// Groups the joined rows of a FetchXML aggregate query and computes each aggregate, one entity per group with every
// column as an AliasedValue under its alias. Nulls are ignored by aggregates (dataverse-facts 4.4). Value types follow
// SQL Server, which Dataverse runs on: count is Int32, sum and avg keep the column's type (avg of whole numbers truncates),
// money stays Money; the SDK types are UNVERIFIED and pinned in FetchXmlAggregateTests.
internal sealed class AggregateEvaluator
{
    private readonly RowReader _reader;
    private readonly TimeZoneInfo _userZone;

    public AggregateEvaluator(RowReader reader, TimeZoneInfo userZone)
    {
        _reader = reader;
        _userZone = userZone;
    }

    public EntityCollection Evaluate(AggregateSpec spec, List<object?[]?[]> matches, QuerySource root, ConditionCompiler compiler)
    {
        if (matches.Count > spec.Limit)
        {
            throw Fault.Create(ErrorCodes.AggregateQueryRecordLimit, "AggregateQueryRecordLimit exceeded. Cannot perform this operation.");
        }

        var columns = spec.Columns.Select(c => Bind(c, root, compiler)).ToArray();
        var orders = spec.Orders.Select(o => (Index: IndexOf(columns, o.Alias), o.Descending)).ToArray();
        var keys = columns.Where(c => c.Spec.GroupBy).ToArray();
        var groups = new Dictionary<object?[], List<object?[]?[]>>(ProjectionComparer.Instance);
        foreach (var joined in matches)
        {
            var key = Array.ConvertAll(keys, k => GroupValue(k, joined));
            if (!groups.TryGetValue(key, out var members))
            {
                members = [];
                groups.Add(key, members);
            }

            members.Add(joined);
        }

        // Without groupby the query returns one row even when nothing matches, its aggregates null ([community], fake-xrm-easy #167).
        if (keys.Length == 0 && groups.Count == 0)
        {
            groups.Add([], []);
        }

        var rows = groups.Select(g => Row(columns, g.Key, g.Value)).ToList();
        var sort = orders.Length > 0 ? orders : [.. columns.Select((c, i) => (Index: i, Descending: false)).Where(p => columns[p.Index].Spec.GroupBy)];
        rows.Sort((a, b) => Compare(a, b, sort));
        return new EntityCollection(rows.Select(r => Materialize(root, columns, r)).ToList())
        {
            EntityName = root.Store.Metadata.LogicalName,
            TotalRecordCount = -1,
        };
    }

    private static Bound Bind(AggregateColumn spec, QuerySource root, ConditionCompiler compiler)
    {
        var source = compiler.SourceOf(spec.EntityAlias, root);
        var table = source.Store.Metadata;
        var ordinal = ConditionCompiler.RequireOrdinal(table, spec.Attribute);
        var column = table.Columns[ordinal];
        var numeric = column.Type is ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money;
        if (spec.Function is AggregateFunction.Sum or AggregateFunction.Avg && !numeric)
        {
            // The platform rejects sum/avg on non-numeric columns; the code is UNVERIFIED.
            throw Fault.InvalidArgument($"The aggregate function {spec.Function} cannot be applied to '{table.LogicalName}.{column.LogicalName}' of type {column.Type}.");
        }

        return new Bound(spec, source.Slot, ordinal, column, table.LogicalName);
    }

    private static int IndexOf(Bound[] columns, string alias)
    {
        var index = Array.FindIndex(columns, c => c.Spec.Alias == alias);
        return index >= 0 ? index : throw Fault.InvalidArgument($"The order alias '{alias}' does not name an attribute of the aggregate query.");
    }

    private object? GroupValue(Bound column, object?[]?[] joined)
    {
        var value = joined[column.Slot]?[column.Ordinal];
        if (column.Spec.DateGrouping is not { } part || value is not DateTime date)
        {
            return value;
        }

        // usertimezone="true" groups in the calling user's zone, "false" in UTC (dataverse-facts 4.4); DateOnly and
        // TimeZoneIndependent values are never converted (dataverse-facts 4.8).
        var local = column.Spec.UserTimeZone && column.Column.DateTimeBehavior == DateTimeBehavior.UserLocal
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(date, DateTimeKind.Utc), _userZone)
            : date;
        return part switch
        {
            DateGrouping.Day => local.Day,
            // Week of the year as SQL Server's DATEPART(week) with Sunday first; the platform's first-day setting is UNVERIFIED.
            DateGrouping.Week => CultureInfo.InvariantCulture.Calendar.GetWeekOfYear(local, CalendarWeekRule.FirstDay, DayOfWeek.Sunday),
            DateGrouping.Month => local.Month,
            _ => local.Year,
        };
    }

    private static object?[] Row(Bound[] columns, object?[] key, List<object?[]?[]> members)
    {
        var row = new object?[columns.Length];
        var keyIndex = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            row[i] = columns[i].Spec.GroupBy ? key[keyIndex++] : Compute(columns[i], members);
        }

        return row;
    }

    private static object? Compute(Bound column, List<object?[]?[]> members)
    {
        var values = members.Select(m => m[column.Slot]?[column.Ordinal]).Where(v => v is not null).Select(v => v!).ToList();
        return column.Spec.Function switch
        {
            AggregateFunction.Count => members.Count,
            AggregateFunction.CountColumn => column.Spec.Distinct ? values.Distinct(StoredValues.KeyComparer).Count() : values.Count,
            _ when values.Count == 0 => null,
            AggregateFunction.Sum => Sum(column.Column.Type, values),
            AggregateFunction.Avg => Average(column.Column.Type, values),
            AggregateFunction.Min => values.Aggregate((a, b) => StoredValues.Compare(b, a) < 0 ? b : a),
            _ => values.Aggregate((a, b) => StoredValues.Compare(b, a) > 0 ? b : a),
        };
    }

    private static object Sum(ColumnType type, List<object> values) => type switch
    {
        ColumnType.Integer => checked((int)values.Sum(v => (long)(int)v)),
        ColumnType.BigInt => values.Sum(v => (long)v),
        ColumnType.Double => values.Sum(v => (double)v),
        _ => values.Sum(v => (decimal)v),
    };

    private static object Average(ColumnType type, List<object> values) => type switch
    {
        ColumnType.Integer => (int)(values.Sum(v => (long)(int)v) / values.Count),
        ColumnType.BigInt => values.Sum(v => (long)v) / values.Count,
        ColumnType.Double => values.Average(v => (double)v),
        _ => values.Average(v => (decimal)v),
    };

    // Nulls sort first, as SQL Server does.
    private static int Compare(object?[] a, object?[] b, (int Index, bool Descending)[] orders)
    {
        foreach (var (index, descending) in orders)
        {
            var left = a[index];
            var right = b[index];
            var result = left is null ? (right is null ? 0 : -1) : right is null ? 1 : StoredValues.Compare(left, right) ?? 0;
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        return 0;
    }

    private Entity Materialize(QuerySource root, Bound[] columns, object?[] row)
    {
        var entity = new Entity(root.Store.Metadata.LogicalName);
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            var value = column.Spec.DateGrouping is not null || column.Spec.Function is AggregateFunction.Count or AggregateFunction.CountColumn
                ? row[i]
                : _reader.ToSdk(column.Column, row[i]);
            entity.Attributes[column.Spec.Alias] = new AliasedValue(column.Table, column.Column.LogicalName, value);
        }

        return entity;
    }

    private sealed record Bound(AggregateColumn Spec, int Slot, int Ordinal, ColumnMetadata Column, string Table);
}
