using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Query;

namespace AdoptionPlugins.Emulator.Security;

// The rows one query may see, per table taking part: RetrieveMultiple leaves out rows the caller cannot read instead of
// failing, and a linked row the caller cannot read joins as if it did not exist (outer joins then give nulls). Secured
// columns the caller may not read are masked to null before the query sees the row (dataverse-facts 7.1).
internal sealed class ReadScope
{
    private readonly Func<object?[], bool>?[] _filters;
    private readonly Func<object?[], object?[]>?[] _masks;

    public ReadScope(Func<object?[], bool>?[] filters, Func<object?[], object?[]>?[] masks)
    {
        _filters = filters;
        _masks = masks;
    }

    public static ReadScope Everything { get; } = new([], []);

    public IEnumerable<object?[]> Readable(QuerySource source, IEnumerable<object?[]> rows)
    {
        var readable = FilterOf(source) is { } filter ? rows.Where(filter) : rows;
        return MaskOf(source) is { } mask ? readable.Select(mask) : readable;
    }

    // How a linked table's rows look to the caller; null when they see every column.
    public Func<object?[], object?[]>? MaskOf(QuerySource source) => source.Slot < _masks.Length ? _masks[source.Slot] : null;

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
