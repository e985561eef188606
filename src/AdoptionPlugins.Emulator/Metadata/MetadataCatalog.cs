using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>The tables an emulated organization knows; standard tables come from code, custom ones are added by loaders.</summary>
public sealed class MetadataCatalog
{
    private readonly ConcurrentDictionary<string, TableMetadata> _tables = new(StringComparer.Ordinal);

    public MetadataCatalog()
    {
    }

    public MetadataCatalog(IEnumerable<TableMetadata> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        foreach (var table in tables)
        {
            Add(table);
        }
    }

    public IReadOnlyCollection<TableMetadata> Tables => _tables.Values.OrderBy(t => t.LogicalName, StringComparer.Ordinal).ToArray();

    public static MetadataCatalog CreateStandard() => new(StandardTables.All);

    // The standard tables plus the custom tables of the unpacked solution under solutionFolder, read as the tools read them.
    public static MetadataCatalog CreateFromSolution(string solutionFolder)
    {
        var catalog = CreateStandard();
        foreach (var table in SolutionMetadata.Read(solutionFolder))
        {
            catalog.Add(table);
        }

        return catalog;
    }

    // System columns missing from the definition are added, as Dataverse adds them to every new table.
    public TableMetadata Add(TableMetadata table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var completed = SystemColumns.Complete(table);
        if (!_tables.TryAdd(completed.LogicalName, completed))
        {
            throw new InvalidOperationException($"Table '{table.LogicalName}' is already in the catalog.");
        }

        return completed;
    }

    public TableMetadata AddOrReplace(TableMetadata table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var completed = SystemColumns.Complete(table);
        _tables[completed.LogicalName] = completed;
        return completed;
    }

    public bool TryGetTable(string logicalName, [NotNullWhen(true)] out TableMetadata? table)
    {
        if (logicalName is null)
        {
            table = null;
            return false;
        }

        return _tables.TryGetValue(logicalName, out table);
    }

    public TableMetadata GetTable(string logicalName) =>
        TryGetTable(logicalName, out var table) ? table : throw new KeyNotFoundException($"Table '{logicalName}' is not in the catalog.");

    public bool Contains(string logicalName) => logicalName is not null && _tables.ContainsKey(logicalName);
}
