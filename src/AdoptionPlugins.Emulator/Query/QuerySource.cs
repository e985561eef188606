using System;
using System.Collections.Generic;
using AdoptionPlugins.Emulator.Data;

namespace AdoptionPlugins.Emulator.Query;

// One table taking part in a query: the root (slot 0) or a linked table, bound to its store and slot in a joined row.
internal sealed class QuerySource
{
    public QuerySource(TableStore store, string alias, int slot)
    {
        Store = store;
        Alias = alias;
        Slot = slot;
    }

    public TableStore Store { get; }

    public string Alias { get; }

    public int Slot { get; }

    public QuerySource? Parent { get; init; }

    public int FromOrdinal { get; init; } = -1;

    public int ToOrdinal { get; init; } = -1;

    public bool Outer { get; init; }

    public LinkNode? Link { get; init; }

    public int[] ColumnOrdinals { get; init; } = [];

    // Columns returned as an AliasedValue under their FetchXML alias.
    public (int Ordinal, string Alias)[] AliasedOrdinals { get; init; } = [];

    public List<QuerySource> Children { get; } = [];

    public Func<object?[]?[], bool>? Criteria { get; set; }

    // Masks the secured columns the caller may not read in each joined row; null when they read every column.
    public Func<object?[], object?[]>? Mask { get; set; }
}
