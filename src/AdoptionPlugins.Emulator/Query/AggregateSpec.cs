using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Query;

// The aggregate part of a FetchXML query: its columns, sorts and the row limit (aggregatelimit, never above 50,000).
internal sealed record AggregateSpec(IReadOnlyList<AggregateColumn> Columns, IReadOnlyList<AggregateOrder> Orders, int Limit);
