using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Security;

namespace AdoptionPlugins.Emulator.Data;

/// <summary>The rows of an emulated organization, shared by every service that acts on it; safe for concurrent callers.</summary>
public sealed class InMemoryDatabase : IDisposable
{
    private readonly ConcurrentDictionary<string, TableStore> _stores = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private long _version;

    public InMemoryDatabase(MetadataCatalog catalog, IEmulatorClock clock, EmulatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(clock);
        Catalog = catalog;
        Clock = clock;
        Options = options ?? EmulatorOptions.Default;

        // Key index builds start when the tables exist; a table added to the catalog later starts on first use.
        foreach (var table in catalog.Tables)
        {
            ResolveStore(table);
        }

        SeedOrganization();
        Security = new OrganizationSecurity(this);
    }

    public MetadataCatalog Catalog { get; }

    public IEmulatorClock Clock { get; }

    public EmulatorOptions Options { get; }

    public OrganizationSecurity Security { get; }

    public Guid OrganizationId { get; } = Guid.NewGuid();

    // Every organization has a root business unit and a SYSTEM user.
    public Guid RootBusinessUnitId { get; } = Guid.NewGuid();

    public Guid SystemUserId { get; } = Guid.NewGuid();

    internal ReaderWriterLockSlim Lock => _lock;

    // Builds every Pending key index now, as if its system job had finished.
    public void ActivateKeys()
    {
        foreach (var table in Catalog.Tables)
        {
            ResolveStore(table);
        }

        _lock.EnterWriteLock();
        try
        {
            foreach (var store in _stores.Values)
            {
                store.BuildKeys(Clock.UtcNow, force: true);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public KeyIndexStatus GetKeyStatus(string tableLogicalName, string keyName)
    {
        var store = ResolveStore(Catalog.GetTable(tableLogicalName));
        RefreshKeys(store);
        return store.Keys.FirstOrDefault(k => k.Key.Name == keyName)?.Status
            ?? throw new KeyNotFoundException($"Table '{tableLogicalName}' has no alternate key '{keyName}'.");
    }

    public void Dispose() => _lock.Dispose();

    internal long NextVersion() => Interlocked.Increment(ref _version);

    // Call outside the lock: creating or migrating a table's store takes the write lock.
    internal bool TryResolve(string? tableLogicalName, [NotNullWhen(true)] out TableStore? store)
    {
        if (tableLogicalName is null || !Catalog.TryGetTable(tableLogicalName, out var table))
        {
            store = null;
            return false;
        }

        store = ResolveStore(table);
        RefreshKeys(store);
        return true;
    }

    // Under the lock: the store as last resolved.
    internal TableStore? Existing(string tableLogicalName) => _stores.GetValueOrDefault(tableLogicalName);

    private TableStore ResolveStore(TableMetadata table)
    {
        if (_stores.TryGetValue(table.LogicalName, out var store) && ReferenceEquals(store.Metadata, table))
        {
            return store;
        }

        _lock.EnterWriteLock();
        try
        {
            return ResolveStoreLocked(table);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    // A table redefined after rows exist (a loader adding columns) keeps its rows, matched by column name.
    private TableStore ResolveStoreLocked(TableMetadata table)
    {
        _stores.TryGetValue(table.LogicalName, out var current);
        if (current is not null && ReferenceEquals(current.Metadata, table))
        {
            return current;
        }

        var replacement = new TableStore(table, Clock.UtcNow + Options.KeyActivationDelay);
        if (current is not null)
        {
            var map = current.Metadata.Columns.Select(c => table.OrdinalOf(c.LogicalName)).ToArray();
            foreach (var (id, row) in current.Entries)
            {
                var migrated = new object?[table.Columns.Count];
                for (var i = 0; i < map.Length; i++)
                {
                    if (map[i] >= 0)
                    {
                        migrated[map[i]] = row[i];
                    }
                }

                replacement.Insert(id, migrated);
            }
        }

        _stores[table.LogicalName] = replacement;
        return replacement;
    }

    private void RefreshKeys(TableStore store)
    {
        var now = Clock.UtcNow;
        if (!store.HasDueKeys(now))
        {
            return;
        }

        _lock.EnterWriteLock();
        try
        {
            store.BuildKeys(now, force: false);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void SeedOrganization()
    {
        if (!Catalog.TryGetTable("businessunit", out var businessUnit) || !Catalog.TryGetTable("systemuser", out var user))
        {
            return;
        }

        var now = Clock.UtcNow;
        var systemRef = new StoredReference("systemuser", SystemUserId);
        Seed(businessUnit, RootBusinessUnitId, now, systemRef, ("name", "Root"));
        Seed(user, SystemUserId, now, systemRef, ("fullname", "SYSTEM"), ("domainname", "SYSTEM"), ("businessunitid", new StoredReference("businessunit", RootBusinessUnitId)));
    }

    internal void Seed(TableMetadata table, Guid id, DateTime now, StoredReference by, params (string Column, object Value)[] values)
    {
        var store = ResolveStore(table);
        var row = new object?[table.Columns.Count];
        row[store.IdOrdinal] = id;
        foreach (var (column, value) in values)
        {
            row[table.OrdinalOf(column)] = value;
        }

        foreach (var column in table.Columns.Where(c => c.DefaultValue is not null))
        {
            row[table.OrdinalOf(column.LogicalName)] ??= column.DefaultValue;
        }

        row[table.OrdinalOf(SystemColumns.CreatedOn)] = now;
        row[table.OrdinalOf(SystemColumns.ModifiedOn)] = now;
        row[table.OrdinalOf(SystemColumns.CreatedBy)] = by;
        row[table.OrdinalOf(SystemColumns.ModifiedBy)] = by;
        row[store.VersionOrdinal] = NextVersion();
        store.Insert(id, row);
    }
}
