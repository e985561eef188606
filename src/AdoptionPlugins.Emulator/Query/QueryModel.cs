using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Query;

// The query shape every query form (QueryExpression, QueryByAttribute, FetchXML) is converted to before evaluation.
internal sealed record QueryModel(
    string EntityName,
    ColumnSelection Columns,
    FilterNode? Filter,
    IReadOnlyList<LinkNode> Links,
    IReadOnlyList<OrderNode> Orders,
    int? Top,
    bool Distinct,
    PageRequest Page)
{
    // Set for FetchXML with aggregate="true": rows are grouped and aggregated instead of returned.
    public AggregateSpec? Aggregate { get; init; }
}
