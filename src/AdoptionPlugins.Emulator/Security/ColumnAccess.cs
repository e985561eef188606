using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Tooling.FieldSecurity;

namespace AdoptionPlugins.Emulator.Security;

// Column-level security for one caller on one table with secured columns (dataverse-facts 7.1): the secured columns no profile of
// theirs lets them read, create with a value or update. Profiles held directly and through any team add up; a right not granted
// by any of them is refused. SYSTEM and System Administrators are never given one of these.
internal sealed class ColumnAccess
{
    private readonly TableMetadata _table;
    private readonly HashSet<int> _unreadable = [];
    private readonly HashSet<int> _uncreatable = [];
    private readonly HashSet<int> _unupdatable = [];

    public ColumnAccess(TableMetadata table, IReadOnlyCollection<FieldSecurityProfile> profiles)
    {
        _table = table;
        foreach (var ordinal in table.SecuredOrdinals)
        {
            var column = table.Columns[ordinal].LogicalName;
            var rights = profiles.Select(profile => profile.For(table.LogicalName, column)).OfType<ColumnRights>().ToArray();
            Refuse(_unreadable, ordinal, rights.Any(r => r.CanRead));
            Refuse(_uncreatable, ordinal, rights.Any(r => r.CanCreate));
            Refuse(_unupdatable, ordinal, rights.Any(r => r.CanUpdate));
        }

        Hidden = [.. _unreadable.Order()];
    }

    // The ordinals whose values the caller gets back as if empty; the emulator omits them, as the SDK does for null columns.
    public int[] Hidden { get; }

    public int[] Readable(int[] ordinals) => Hidden.Length == 0 ? ordinals : Array.FindAll(ordinals, ordinal => !_unreadable.Contains(ordinal));

    // A secured column whose value reads as null, in filters, orders and aggregates too. Whether the platform filters on the hidden value is
    // UNVERIFIED; masking it keeps a caller from learning a value by filtering on it.
    public object?[] Mask(object?[] row)
    {
        var copy = (object?[])row.Clone();
        foreach (var ordinal in Hidden)
        {
            copy[ordinal] = null;
        }

        return copy;
    }

    // The first secured column the write sets that the caller may not set; a Create that sends null sets nothing.
    public string? RefusedWrite(IEnumerable<(int Ordinal, object? Value)> values, bool create)
    {
        var refused = create ? _uncreatable : _unupdatable;
        foreach (var (ordinal, value) in values)
        {
            if (refused.Contains(ordinal) && (!create || value is not null))
            {
                return _table.Columns[ordinal].LogicalName;
            }
        }

        return null;
    }

    private static void Refuse(HashSet<int> refused, int ordinal, bool granted)
    {
        if (!granted)
        {
            refused.Add(ordinal);
        }
    }
}
