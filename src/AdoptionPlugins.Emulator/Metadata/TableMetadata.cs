using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Linq;

namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>An immutable table definition: names, ownership, columns and alternate keys.</summary>
public sealed class TableMetadata
{
    private readonly FrozenDictionary<string, int> _ordinals;

    public TableMetadata(
        string logicalName,
        string primaryIdColumn,
        string? primaryNameColumn,
        OwnershipType ownership,
        IEnumerable<ColumnMetadata> columns,
        IEnumerable<AlternateKeyMetadata>? alternateKeys = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(logicalName);
        ArgumentException.ThrowIfNullOrWhiteSpace(primaryIdColumn);
        ArgumentNullException.ThrowIfNull(columns);
        LogicalName = logicalName;
        PrimaryIdColumn = primaryIdColumn;
        PrimaryNameColumn = primaryNameColumn;
        Ownership = ownership;
        var declared = columns.ToList();
        if (!declared.Exists(c => c.LogicalName == primaryIdColumn))
        {
            declared.Insert(0, ColumnMetadata.UniqueId(primaryIdColumn) with { IsValidForUpdate = false });
        }

        Columns = declared;
        AlternateKeys = (alternateKeys ?? []).ToArray();

        var duplicate = Columns.GroupBy(c => c.LogicalName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Table '{logicalName}' declares column '{duplicate.Key}' twice.", nameof(columns));
        }

        _ordinals = Columns.Select((c, i) => (c.LogicalName, i)).ToFrozenDictionary(p => p.LogicalName, p => p.i, StringComparer.Ordinal);
        SecuredOrdinals = [.. Columns.Select((c, i) => (c.IsSecured, i)).Where(p => p.IsSecured).Select(p => p.i)];
        RequireColumn(primaryIdColumn, "primary id");
        if (primaryNameColumn is not null)
        {
            RequireColumn(primaryNameColumn, "primary name");
        }

        foreach (var key in AlternateKeys)
        {
            foreach (var column in key.Columns)
            {
                RequireColumn(column, $"alternate key '{key.Name}'");
            }
        }
    }

    public string LogicalName { get; }

    public string PrimaryIdColumn { get; }

    public string? PrimaryNameColumn { get; }

    public OwnershipType Ownership { get; }

    public bool IsActivity { get; init; }

    // The self-referencing lookup that makes the table hierarchical (Under/Above operators, dataverse-facts 5.5).
    public string? HierarchyParentColumn { get; init; }

    public IReadOnlyList<ColumnMetadata> Columns { get; }

    public IReadOnlyList<AlternateKeyMetadata> AlternateKeys { get; }

    // The ordinals of the secured columns; empty for most tables, so column security costs nothing there.
    internal int[] SecuredOrdinals { get; }

    public ColumnMetadata? FindColumn(string logicalName) =>
        logicalName is not null && _ordinals.TryGetValue(logicalName, out var ordinal) ? Columns[ordinal] : null;

    public int OrdinalOf(string logicalName) =>
        logicalName is not null && _ordinals.TryGetValue(logicalName, out var ordinal) ? ordinal : -1;

    public bool HasColumn(string logicalName) => OrdinalOf(logicalName) >= 0;

    public TableMetadata WithColumns(IEnumerable<ColumnMetadata> columns) =>
        new(LogicalName, PrimaryIdColumn, PrimaryNameColumn, Ownership, columns, AlternateKeys)
        {
            IsActivity = IsActivity,
            HierarchyParentColumn = HierarchyParentColumn,
        };

    private void RequireColumn(string column, string role)
    {
        if (!_ordinals.ContainsKey(column))
        {
            throw new ArgumentException($"Table '{LogicalName}' has no column '{column}' for its {role}.");
        }
    }
}
