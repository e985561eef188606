using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using System.Xml;
using System.Xml.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Query;

// Parses FetchXML into the QueryModel, converting condition values from text using each column's metadata type.
internal sealed class FetchXmlParser
{
    // Aggregate queries process at most 50,000 rows; aggregatelimit can only lower that (dataverse-facts 4.4).
    public const int MaxAggregateRows = 50_000;

    private static readonly FrozenDictionary<string, ConditionOperator> Operators = new Dictionary<string, ConditionOperator>(StringComparer.Ordinal)
    {
        ["eq"] = ConditionOperator.Equal,
        ["ne"] = ConditionOperator.NotEqual,
        ["neq"] = ConditionOperator.NotEqual,
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessEqual,
        ["like"] = ConditionOperator.Like,
        ["not-like"] = ConditionOperator.NotLike,
        ["begins-with"] = ConditionOperator.BeginsWith,
        ["not-begin-with"] = ConditionOperator.DoesNotBeginWith,
        ["ends-with"] = ConditionOperator.EndsWith,
        ["not-end-with"] = ConditionOperator.DoesNotEndWith,
        ["in"] = ConditionOperator.In,
        ["not-in"] = ConditionOperator.NotIn,
        ["null"] = ConditionOperator.Null,
        ["not-null"] = ConditionOperator.NotNull,
        ["between"] = ConditionOperator.Between,
        ["not-between"] = ConditionOperator.NotBetween,
        ["on"] = ConditionOperator.On,
        ["not-on"] = ConditionOperator.NotOn,
        ["on-or-after"] = ConditionOperator.OnOrAfter,
        ["on-or-before"] = ConditionOperator.OnOrBefore,
        ["eq-userid"] = ConditionOperator.EqualUserId,
        ["ne-userid"] = ConditionOperator.NotEqualUserId,
        ["under"] = ConditionOperator.Under,
        ["eq-or-under"] = ConditionOperator.UnderOrEqual,
        ["not-under"] = ConditionOperator.NotUnder,
        ["above"] = ConditionOperator.Above,
        ["eq-or-above"] = ConditionOperator.AboveOrEqual,
        ["eq-useroruserhierarchy"] = ConditionOperator.EqualUserOrUserHierarchy,
        ["last-seven-days"] = ConditionOperator.Last7Days,
        ["last-x-days"] = ConditionOperator.LastXDays,
        ["this-month"] = ConditionOperator.ThisMonth,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Link types the platform accepts but the emulator does not evaluate (fetchxml/reference/link-entity).
    private static readonly string[] UnsupportedLinkTypes = ["exists", "in", "any", "not any", "all", "not all", "matchfirstrowusingcrossapply"];

    private readonly MetadataCatalog _catalog;
    private readonly Dictionary<string, TableMetadata> _tablesByAlias = new(StringComparer.Ordinal);
    private readonly List<AggregateColumn> _aggregateColumns = [];
    private bool _aggregate;
    private int _linkCount;

    private FetchXmlParser(MetadataCatalog catalog)
    {
        _catalog = catalog;
    }

    public static QueryModel Parse(string? xml, MetadataCatalog catalog) => new FetchXmlParser(catalog).Parse(xml);

    private QueryModel Parse(string? xml)
    {
        var fetch = Load(xml);
        var entity = fetch.Elements("entity").SingleOrDefault() ?? throw InvalidXml("The fetch element must contain exactly one entity element.");
        var table = Table(entity);
        _aggregate = Flag(fetch, "aggregate");
        _tablesByAlias[table.LogicalName] = table;
        RegisterLinkAliases(entity);

        var top = Number(fetch, "top");
        var count = Number(fetch, "count");
        var page = Number(fetch, "page");
        if (top is not null && (count is not null || page is not null))
        {
            // Top cannot be combined with paging (dataverse-facts 4.5); the code and message are UNVERIFIED.
            throw Fault.InvalidArgument("The top attribute can't be specified with paging attribute page or count.");
        }

        _linkCount = 0;
        var columns = Columns(entity, table, null);
        var filter = Filter(entity, table);
        var links = entity.Elements("link-entity").Select(l => Link(l)).ToArray();
        var aggregateOrders = new List<AggregateOrder>();
        var orders = Orders(entity, table, null, aggregateOrders);
        var model = new QueryModel(
            table.LogicalName,
            columns,
            filter,
            links,
            orders,
            top,
            Flag(fetch, "distinct"),
            new PageRequest(count ?? 0, page ?? 1, (string?)fetch.Attribute("paging-cookie"), Flag(fetch, "returntotalrecordcount")));
        return _aggregate ? model with { Aggregate = Aggregate(fetch, aggregateOrders) } : model;
    }

    private static XElement Load(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            throw InvalidXml("The FetchXML query is empty.");
        }

        try
        {
            var root = XElement.Parse(xml);
            return root.Name == "fetch" ? root : throw InvalidXml($"The root element must be 'fetch', not '{root.Name}'.");
        }
        catch (XmlException exception)
        {
            throw InvalidXml(exception.Message);
        }
    }

    private AggregateSpec Aggregate(XElement fetch, List<AggregateOrder> orders)
    {
        if (_aggregateColumns.Count == 0)
        {
            throw InvalidXml("An aggregate query must contain at least one attribute with aggregate or groupby.");
        }

        var limit = Number(fetch, "aggregatelimit") ?? MaxAggregateRows;
        return new AggregateSpec(_aggregateColumns.ToArray(), orders, Math.Min(limit, MaxAggregateRows));
    }

    private void RegisterLinkAliases(XElement parent)
    {
        foreach (var link in parent.Descendants("link-entity"))
        {
            if ((string?)link.Attribute("alias") is { } alias)
            {
                _tablesByAlias[alias] = Table(link);
            }
        }
    }

    private TableMetadata Table(XElement element)
    {
        var name = (string?)element.Attribute("name");
        return name is not null && _catalog.TryGetTable(name, out var table) ? table : throw Fault.UnknownTable(name);
    }

    private LinkNode Link(XElement link)
    {
        var table = Table(link);
        var type = (string?)link.Attribute("link-type") ?? "inner";
        if (UnsupportedLinkTypes.Contains(type, StringComparer.Ordinal))
        {
            throw new NotSupportedException($"The emulator does not evaluate link-type '{type}'.");
        }

        if (type is not ("inner" or "outer"))
        {
            throw Fault.Create(ErrorCodes.QueryBuilderDeserializeInvalidLinkType, $"Invalid link-type '{type}' on link-entity '{table.LogicalName}'.");
        }

        // Links without an alias get the name the evaluator would give them (table name and position), so aggregates can address them.
        _linkCount++;
        var alias = (string?)link.Attribute("alias") ?? $"{table.LogicalName}{_linkCount}";
        _tablesByAlias.TryAdd(alias, table);
        // FetchXML's "from" names the linked table's column and "to" the parent's (fetchxml/reference/link-entity).
        var linkedColumn = Required(link, "from");
        var parentColumn = Required(link, "to");
        var columns = Columns(link, table, alias);
        var criteria = Filter(link, table);
        var children = link.Elements("link-entity").Select(l => Link(l)).ToArray();
        return new LinkNode(parentColumn, table.LogicalName, linkedColumn, type == "outer", alias, columns, criteria, children, Orders(link, table, alias, null));
    }

    private ColumnSelection Columns(XElement element, TableMetadata table, string? alias)
    {
        var all = element.Elements("all-attributes").Any();
        var names = new List<string>();
        var aliases = new List<ColumnAlias>();
        foreach (var attribute in element.Elements("attribute"))
        {
            var name = Required(attribute, "name");
            RequireColumn(table, name);
            if (_aggregate)
            {
                _aggregateColumns.Add(AggregateColumn(attribute, table, alias, name));
            }
            else if ((string?)attribute.Attribute("alias") is { } columnAlias)
            {
                aliases.Add(new ColumnAlias(name, columnAlias));
            }
            else
            {
                names.Add(name);
            }
        }

        return new ColumnSelection(all && !_aggregate, names) { Aliases = aliases };
    }

    private static AggregateColumn AggregateColumn(XElement attribute, TableMetadata table, string? entityAlias, string name)
    {
        var alias = (string?)attribute.Attribute("alias");
        var function = (string?)attribute.Attribute("aggregate") switch
        {
            null => (AggregateFunction?)null,
            "count" => AggregateFunction.Count,
            "countcolumn" => AggregateFunction.CountColumn,
            "sum" => AggregateFunction.Sum,
            "avg" => AggregateFunction.Avg,
            "min" => AggregateFunction.Min,
            "max" => AggregateFunction.Max,
            var other => throw Fault.Create(ErrorCodes.QueryBuilderDeserializeInvalidAggregate, $"'{other}' is not a valid aggregate function for attribute '{name}'."),
        };
        var groupBy = Flag(attribute, "groupby");
        if (function is null && !groupBy)
        {
            throw Fault.Create(ErrorCodes.QueryBuilderDeserializeInvalidAggregate, $"Attribute '{name}' of an aggregate query needs an aggregate function or groupby='true'.");
        }

        if (function is not null && alias is null)
        {
            throw Fault.Create(ErrorCodes.QueryBuilderNoAlias, $"The aggregate attribute '{name}' requires an alias.");
        }

        var dateGrouping = (string?)attribute.Attribute("dategrouping") switch
        {
            null => (DateGrouping?)null,
            "day" => Query.DateGrouping.Day,
            "week" => Query.DateGrouping.Week,
            "month" => Query.DateGrouping.Month,
            "year" => Query.DateGrouping.Year,
            "quarter" or "fiscal-period" or "fiscal-year" => throw new NotSupportedException($"The emulator does not evaluate dategrouping '{attribute.Attribute("dategrouping")!.Value}'."),
            var other => throw Fault.Create(ErrorCodes.QueryBuilderDeserializeInvalidAggregate, $"'{other}' is not a valid dategrouping for attribute '{name}'."),
        };
        if (dateGrouping is not null && table.FindColumn(name)!.Type != ColumnType.DateTime)
        {
            throw Fault.InvalidArgument($"dategrouping needs a date and time column; '{table.LogicalName}.{name}' is not one.");
        }

        // The default of usertimezone is undocumented (dataverse-facts 4.4, UNVERIFIED); the emulator defaults to the user's zone.
        var userTimeZone = (string?)attribute.Attribute("usertimezone") is not { } zone || ParseFlag(zone, "usertimezone");
        return new AggregateColumn(entityAlias, name, alias ?? name, function, dateGrouping, userTimeZone, Flag(attribute, "distinct"));
    }

    private List<OrderNode> Orders(XElement element, TableMetadata table, string? entityAlias, List<AggregateOrder>? aggregateOrders)
    {
        var orders = new List<OrderNode>();
        foreach (var order in element.Elements("order"))
        {
            var descending = Flag(order, "descending");
            var attribute = (string?)order.Attribute("attribute");
            var alias = (string?)order.Attribute("alias");
            if (_aggregate)
            {
                if (alias is null || aggregateOrders is null)
                {
                    throw Fault.InvalidArgument("An aggregate query can be ordered only by the alias of one of its attributes, in the entity element.");
                }

                aggregateOrders.Add(new AggregateOrder(alias, descending));
                continue;
            }

            // A non-aggregate order by alias sorts on the aliased column of the same table.
            attribute ??= alias is null ? null : element.Elements("attribute").FirstOrDefault(a => (string?)a.Attribute("alias") == alias)?.Attribute("name")?.Value;
            if (attribute is null)
            {
                throw InvalidXml("An order element needs an attribute, or the alias of an attribute of the same element.");
            }

            RequireColumn(table, attribute);
            orders.Add(new OrderNode(entityAlias, attribute, descending));
        }

        return orders;
    }

    private FilterNode? Filter(XElement element, TableMetadata owner)
    {
        var filters = element.Elements("filter").Select(f => FilterElement(f, owner)).ToArray();
        return filters.Length switch
        {
            0 => null,
            1 => filters[0],
            _ => new FilterNode(LogicalOperator.And, [], filters),
        };
    }

    private FilterNode FilterElement(XElement filter, TableMetadata owner)
    {
        var type = (string?)filter.Attribute("type") ?? "and";
        var logical = type switch
        {
            "and" => LogicalOperator.And,
            "or" => LogicalOperator.Or,
            _ => throw Fault.Create(ErrorCodes.QueryBuilderInvalidFilterType, $"'{type}' is not a valid filter type; use 'and' or 'or'."),
        };
        return new FilterNode(
            logical,
            filter.Elements("condition").Select(c => Condition(c, owner)).ToArray(),
            filter.Elements("filter").Select(f => FilterElement(f, owner)).ToArray());
    }

    private ConditionNode Condition(XElement condition, TableMetadata owner)
    {
        var entityAlias = (string?)condition.Attribute("entityname");
        var table = entityAlias is null ? owner : _tablesByAlias.TryGetValue(entityAlias, out var linked) ? linked : throw Fault.UnknownTable(entityAlias);
        var attribute = Required(condition, "attribute");
        var column = RequireColumn(table, attribute);
        var operatorText = Required(condition, "operator");
        if (!Operators.TryGetValue(operatorText, out var op))
        {
            throw Fault.Create(ErrorCodes.QueryBuilderInvalidConditionOperator, $"The condition operator '{operatorText}' is not valid or not supported by the emulator (attribute '{attribute}').");
        }

        var texts = condition.Elements("value").Select(v => v.Value).ToList();
        if ((string?)condition.Attribute("value") is { } single)
        {
            texts.Insert(0, single);
        }

        var values = op switch
        {
            ConditionOperator.Null or ConditionOperator.NotNull or ConditionOperator.EqualUserId or ConditionOperator.NotEqualUserId
                or ConditionOperator.EqualUserOrUserHierarchy or ConditionOperator.Last7Days or ConditionOperator.ThisMonth => [],
            ConditionOperator.LastXDays => texts.Select(t => (object?)DayCount(table, column, t)).ToArray(),
            ConditionOperator.Like or ConditionOperator.NotLike or ConditionOperator.BeginsWith or ConditionOperator.DoesNotBeginWith
                or ConditionOperator.EndsWith or ConditionOperator.DoesNotEndWith => texts.Cast<object?>().ToArray(),
            ConditionOperator.Under or ConditionOperator.UnderOrEqual or ConditionOperator.NotUnder or ConditionOperator.Above or ConditionOperator.AboveOrEqual
                => texts.Select(t => Convert(table, column, t, ColumnType.UniqueIdentifier)).ToArray(),
            _ => texts.Select(t => Convert(table, column, t, column.Type)).ToArray(),
        };
        return new ConditionNode(entityAlias, attribute, op, values);
    }

    // Values arrive as text; they take the column's type. A value that does not convert is the platform's InvalidArgument
    // (message shape "Condition for attribute ... expected argument(s) of type ..." is [community], UNVERIFIED).
    private static object? Convert(TableMetadata table, ColumnMetadata column, string text, ColumnType type)
    {
        var culture = CultureInfo.InvariantCulture;
        object? value = type switch
        {
            ColumnType.String or ColumnType.Memo => text,
            ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status =>
                int.TryParse(text, NumberStyles.Integer, culture, out var number) ? number : null,
            ColumnType.BigInt => long.TryParse(text, NumberStyles.Integer, culture, out var big) ? big : null,
            ColumnType.Decimal or ColumnType.Money => decimal.TryParse(text, NumberStyles.Number, culture, out var amount) ? amount : null,
            ColumnType.Double => double.TryParse(text, NumberStyles.Float, culture, out var real) ? real : null,
            ColumnType.Boolean => text.Trim() switch
            {
                "1" or "true" => true,
                "0" or "false" => false,
                _ => null,
            },
            ColumnType.DateTime => DateTime.TryParse(text, culture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) ? date : null,
            ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer or ColumnType.UniqueIdentifier => Guid.TryParse(text, out var id) ? id : null,
            _ => null,
        };
        return value ?? throw Fault.InvalidArgument(
            $"Condition for attribute '{table.LogicalName}.{column.LogicalName}': expected argument(s) of type '{type}' but received '{text}'.");
    }

    // The X of last-x-days is a count of days, whatever the column's type.
    private static int DayCount(TableMetadata table, ColumnMetadata column, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days >= 0
            ? days
            : throw Fault.InvalidArgument($"Condition for attribute '{table.LogicalName}.{column.LogicalName}': last-x-days expects a whole number of days, not '{text}'.");

    private static ColumnMetadata RequireColumn(TableMetadata table, string name) =>
        table.FindColumn(name) ?? throw Fault.UnknownColumn(table.LogicalName, name);

    private static string Required(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) ?? throw InvalidXml($"The '{element.Name}' element requires the '{attribute}' attribute.");

    private static bool Flag(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is { } text && ParseFlag(text, attribute);

    private static bool ParseFlag(string text, string attribute) => text switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw InvalidXml($"'{text}' is not a valid value for '{attribute}'; use true or false."),
    };

    private static int? Number(XElement element, string attribute)
    {
        if ((string?)element.Attribute(attribute) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw InvalidXml($"'{text}' is not a valid value for '{attribute}'.");
    }

    private static FaultException<OrganizationServiceFault> InvalidXml(string detail) =>
        Fault.Create(ErrorCodes.InvalidXml, $"Invalid XML. {detail}");
}
