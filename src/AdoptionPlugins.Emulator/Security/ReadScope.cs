using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Query;

namespace AdoptionPlugins.Emulator.Security;

// The rows one query may see, per table taking part: RetrieveMultiple leaves out rows the caller cannot read instead of
// failing, and a linked row the caller cannot read joins as if it did not exist (outer joins then give nulls).
internal sealed class ReadScope
{
    private readonly Func<object?[], bool>?[] _filters;

    public ReadScope(Func<object?[], bool>?[] filters)
    {
        _filters = filters;
    }

    public static ReadScope Everything { get; } = new([]);

    public IEnumerable<object?[]> Readable(QuerySource source, IEnumerable<object?[]> rows) =>
        FilterOf(source) is { } filter ? rows.Where(filter) : rows;

    // Adds the read check to a linked table's join criteria, which see the joined row with the linked row in its slot.
    public Func<object?[]?[], bool>? Restrict(QuerySource link, Func<object?[]?[], bool>? criteria)
    {
        if (FilterOf(link) is not { } filter)
        {
            return criteria;
        }

        var slot = link.Slot;
        return criteria is null ? joined => filter(joined[slot]!) : joined => filter(joined[slot]!) && criteria(joined);
    }

    private Func<object?[], bool>? FilterOf(QuerySource source) => source.Slot < _filters.Length ? _filters[source.Slot] : null;
}
