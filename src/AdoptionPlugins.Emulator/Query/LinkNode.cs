using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Query;

// A join from the parent table's FromAttribute to ToEntity.ToAttribute.
internal sealed record LinkNode(
    string FromAttribute,
    string ToEntity,
    string ToAttribute,
    bool Outer,
    string? Alias,
    ColumnSelection Columns,
    FilterNode? Criteria,
    IReadOnlyList<LinkNode> Links,
    IReadOnlyList<OrderNode> Orders);
