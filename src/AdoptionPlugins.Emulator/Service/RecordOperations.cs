using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Service.Dependents;
using AdoptionPlugins.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Service;

// Create, Update, Delete, Upsert and Retrieve against the store, with the platform's validation and system columns.
// Every row change is recorded in the undo log of the transaction the operation runs in, so a failed pipeline rolls it back.
internal sealed class RecordOperations
{
    private readonly InMemoryDatabase _database;
    private readonly StoredReference _caller;
    private readonly RowReader _reader;
    private readonly DependentRows _dependents;
    private readonly UndoLog? _undo;

    public RecordOperations(InMemoryDatabase database, Guid callerId, UndoLog? undo = null)
    {
        _database = database;
        _caller = new StoredReference("systemuser", callerId);
        _reader = new RowReader(database);
        _undo = undo;
        _dependents = new DependentRows(database, undo);
    }

    public Guid Create(Entity entity)
    {
        var store = RequireStore(entity?.LogicalName);
        PlatformOnlyTables.RejectDirectWrite("Create", store.Metadata);
        var (id, values) = Collect(store, entity!, create: true);
        _database.Lock.EnterWriteLock();
        try
        {
            return CreateLocked(store, id, values);
        }
        finally
        {
            _database.Lock.ExitWriteLock();
        }
    }

    public void Update(Entity entity, ConcurrencyBehavior behavior)
    {
        var store = RequireStore(entity?.LogicalName);
        PlatformOnlyTables.RejectDirectWrite("Update", store.Metadata);
        var (id, values) = Collect(store, entity!, create: false);
        var key = KeyTupleOf(store, entity!.KeyAttributes);
        _database.Lock.EnterWriteLock();
        try
        {
            id = id != Guid.Empty ? id : key is null ? throw Fault.InvalidArgument("Entity Id must be specified for Update") : FindByKey(store, key.Value);
            UpdateLocked(store, id, values, behavior, entity.RowVersion);
        }
        finally
        {
            _database.Lock.ExitWriteLock();
        }
    }

    public void Delete(EntityReference target, ConcurrencyBehavior behavior)
    {
        var store = RequireStore(target?.LogicalName);
        PlatformOnlyTables.RejectDirectWrite("Delete", store.Metadata);
        var key = KeyTupleOf(store, target!.KeyAttributes);
        _database.Lock.EnterWriteLock();
        try
        {
            var id = target.Id != Guid.Empty ? target.Id : key is null ? throw Fault.InvalidArgument("Entity Id must be specified for Delete") : FindByKey(store, key.Value);
            var row = _database.Security.Require(_caller.Id, AccessRight.Delete, store, () => RowOrFault(store, id));
            CheckVersion(store, row, behavior, target.RowVersion);
            _dependents.Deleting(store, id);
            store.Remove(id, row);
            _undo?.Removed(store, id, row);
        }
        finally
        {
            _database.Lock.ExitWriteLock();
        }
    }

    // Upsert: by key or id, update when the row exists (key columns stripped) or create it (dataverse-facts 4.2).
    public (bool Created, EntityReference Target) Upsert(Entity entity)
    {
        var store = RequireStore(entity?.LogicalName);
        PlatformOnlyTables.RejectDirectWrite("Upsert", store.Metadata);
        var (id, values) = Collect(store, entity!, create: true);
        var key = KeyTupleOf(store, entity!.KeyAttributes);
        _database.Lock.EnterWriteLock();
        try
        {
            var existing = key is { } k ? FindByKeyOrEmpty(k.Index, k.Tuple) : store.Contains(id) ? id : Guid.Empty;
            if (existing != Guid.Empty)
            {
                var keyOrdinals = key?.Index.Ordinals ?? [];
                var updatable = values.Where(v => !keyOrdinals.Contains(v.Ordinal) && store.Metadata.Columns[v.Ordinal].IsValidForUpdate).ToList();
                UpdateLocked(store, existing, updatable, ConcurrencyBehavior.Default, null);
                return (false, new EntityReference(store.Metadata.LogicalName, existing));
            }

            if (key is { } created)
            {
                for (var i = 0; i < created.Index.Ordinals.Length; i++)
                {
                    var ordinal = created.Index.Ordinals[i];
                    if (values.All(v => v.Ordinal != ordinal))
                    {
                        values.Add((ordinal, created.Values[i]));
                    }
                }
            }

            var newId = CreateLocked(store, id, values);
            return (true, new EntityReference(store.Metadata.LogicalName, newId));
        }
        finally
        {
            _database.Lock.ExitWriteLock();
        }
    }

    // The row a request names by id or, when the id is empty, by alternate key; empty when it names neither.
    public Guid IdOf(string? tableLogicalName, Guid id, KeyAttributeCollection? keyAttributes)
    {
        var store = RequireStore(tableLogicalName);
        if (id != Guid.Empty || KeyTupleOf(store, keyAttributes) is not { } key)
        {
            return id;
        }

        _database.Lock.EnterReadLock();
        try
        {
            return FindByKey(store, key);
        }
        finally
        {
            _database.Lock.ExitReadLock();
        }
    }

    // The request an Upsert becomes when Create or Update steps must see it: an Update without the key columns, or a Create with them.
    public (bool Exists, Entity Target) PlanUpsert(Entity entity)
    {
        var store = RequireStore(entity?.LogicalName);
        var (id, _) = Collect(store, entity!, create: true);
        var key = KeyTupleOf(store, entity!.KeyAttributes);
        Guid existing;
        _database.Lock.EnterReadLock();
        try
        {
            existing = key is { } k ? FindByKeyOrEmpty(k.Index, k.Tuple) : store.Contains(id) ? id : Guid.Empty;
        }
        finally
        {
            _database.Lock.ExitReadLock();
        }

        var keyColumns = key?.Index.Key.Columns ?? [];
        var target = new Entity(entity.LogicalName, existing != Guid.Empty ? existing : id);
        foreach (var (name, value) in entity.Attributes)
        {
            if (existing == Guid.Empty || !keyColumns.Contains(name, StringComparer.Ordinal))
            {
                target.Attributes[name] = value;
            }
        }

        if (existing == Guid.Empty && key is not null)
        {
            foreach (var (name, value) in entity.KeyAttributes)
            {
                if (!target.Contains(name))
                {
                    target[name] = value;
                }
            }
        }

        return (existing != Guid.Empty, target);
    }

    public Entity Retrieve(string tableLogicalName, Guid id, ColumnSet? columns) =>
        Retrieve(new EntityReference(tableLogicalName, id), columns);

    public Entity Retrieve(EntityReference target, ColumnSet? columns)
    {
        var store = RequireStore(target?.LogicalName);
        var ordinals = RowReader.Ordinals(store.Metadata, columns);
        var key = KeyTupleOf(store, target!.KeyAttributes);
        _database.Lock.EnterReadLock();
        try
        {
            var id = target.Id != Guid.Empty || key is null ? target.Id : FindByKey(store, key.Value);
            var row = _database.Security.Require(_caller.Id, AccessRight.Read, store, () => RowOrFault(store, id));
            return _reader.Read(store, row, _database.Security.ColumnAccess(_caller.Id, store.Metadata)?.Readable(ordinals) ?? ordinals);
        }
        finally
        {
            _database.Lock.ExitReadLock();
        }
    }

    internal TableStore RequireStore(string? tableLogicalName) =>
        _database.TryResolve(tableLogicalName, out var store) ? store : throw Fault.UnknownTable(tableLogicalName);

    private static object?[] RowOrFault(TableStore store, Guid id) =>
        store.TryGet(id, out var row) ? row : throw Fault.DoesNotExist(store.Metadata.LogicalName, id);

    // Values sent for a column that is not valid for the operation are ignored (entity-attribute-metadata.md).
    private static (Guid Id, List<(int Ordinal, object? Value)> Values) Collect(TableStore store, Entity entity, bool create)
    {
        var table = store.Metadata;
        var id = entity.Id;
        var values = new List<(int, object?)>(entity.Attributes.Count);
        foreach (var (name, value) in entity.Attributes)
        {
            var column = table.FindColumn(name) ?? throw Fault.UnknownColumn(table.LogicalName, name);
            if (name == table.PrimaryIdColumn)
            {
                id = PrimaryIdFrom(table, id, value);
                continue;
            }

            if (create ? column.IsValidForCreate : column.IsValidForUpdate)
            {
                values.Add((table.OrdinalOf(name), ColumnValues.ToStored(table, column, value)));
            }
        }

        return (id, values);
    }

    private static Guid PrimaryIdFrom(TableMetadata table, Guid id, object? value)
    {
        if (value is not Guid fromAttribute)
        {
            throw Fault.InvalidArgument($"Incorrect type of attribute value for primary key '{table.PrimaryIdColumn}' of '{table.LogicalName}'.");
        }

        if (id != Guid.Empty && fromAttribute != Guid.Empty && id != fromAttribute)
        {
            throw Fault.InvalidArgument($"Entity Id must be the same as the value set in property bag. Entity: {table.LogicalName}, Id: {id}, '{table.PrimaryIdColumn}': {fromAttribute}.");
        }

        return id != Guid.Empty ? id : fromAttribute;
    }

    private Guid CreateLocked(TableStore store, Guid id, List<(int Ordinal, object? Value)> values)
    {
        var table = store.Metadata;
        id = id == Guid.Empty ? Guid.NewGuid() : id;
        if (store.Contains(id))
        {
            throw Fault.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key. A '{table.LogicalName}' record with id {id} already exists.");
        }

        var row = new object?[table.Columns.Count];
        foreach (var (ordinal, value) in values)
        {
            row[ordinal] = value;
        }

        CheckReferences(store, row, values);
        for (var i = 0; i < row.Length; i++)
        {
            row[i] ??= table.Columns[i].DefaultValue;
        }

        row[store.IdOrdinal] = id;
        var now = (object)_database.Clock.UtcNow;
        Set(store, row, SystemColumns.CreatedOn, now);
        Set(store, row, SystemColumns.ModifiedOn, now);
        Set(store, row, SystemColumns.CreatedBy, _caller);
        Set(store, row, SystemColumns.ModifiedBy, _caller);
        if (table.Ownership == OwnershipType.UserOwned)
        {
            var owner = row[table.OrdinalOf(SystemColumns.OwnerId)] ??= _caller;
            Set(store, row, SystemColumns.OwningBusinessUnit, BusinessUnitOf((StoredReference)owner));
        }

        _database.Security.RequireCreate(_caller.Id, store, row);
        _database.Security.RequireColumnRights(_caller.Id, table, values, create: true);

        RequireSystemRequired(table, row);
        row[store.VersionOrdinal] = _database.NextVersion();
        store.EnsureUnique(row, id);
        _dependents.Creating(store, id, row);
        store.Insert(id, row);
        _undo?.Inserted(store, id, row);
        return id;
    }

    private void UpdateLocked(TableStore store, Guid id, List<(int Ordinal, object? Value)> values, ConcurrencyBehavior behavior, string? rowVersion)
    {
        var table = store.Metadata;
        var current = _database.Security.Require(_caller.Id, AccessRight.Write, store, () => RowOrFault(store, id));
        CheckVersion(store, current, behavior, rowVersion);
        _database.Security.RequireColumnRights(_caller.Id, table, values, create: false);
        var row = (object?[])current.Clone();
        foreach (var (ordinal, value) in values)
        {
            row[ordinal] = value;
        }

        _database.Security.RequireAssignIfOwnerChanges(_caller.Id, store, current, row);
        CheckReferences(store, row, values);
        RequireSystemRequired(table, row);
        Set(store, row, SystemColumns.ModifiedOn, _database.Clock.UtcNow);
        Set(store, row, SystemColumns.ModifiedBy, _caller);
        var ownerOrdinal = table.OrdinalOf(SystemColumns.OwnerId);
        if (ownerOrdinal >= 0 && !ReferenceEquals(row[ownerOrdinal], current[ownerOrdinal]) && row[ownerOrdinal] is StoredReference owner)
        {
            Set(store, row, SystemColumns.OwningBusinessUnit, BusinessUnitOf(owner));
        }

        row[store.VersionOrdinal] = _database.NextVersion();
        store.EnsureUnique(row, id);
        _dependents.Updating(store, id, current, row);
        store.Replace(id, current, row);
        _undo?.Replaced(store, id, current, row);
    }

    // RowVersion carries versionnumber; a stale or missing one fails the write (dataverse-facts 4.3).
    private static void CheckVersion(TableStore store, object?[] row, ConcurrencyBehavior behavior, string? rowVersion)
    {
        if (behavior != ConcurrencyBehavior.IfRowVersionMatches)
        {
            return;
        }

        if (string.IsNullOrEmpty(rowVersion))
        {
            throw Fault.Create(
                ErrorCodes.ConcurrencyVersionNotProvided,
                $"The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches. Entity: {store.Metadata.LogicalName}.");
        }

        var current = Convert.ToString(row[store.VersionOrdinal], CultureInfo.InvariantCulture);
        if (!string.Equals(current, rowVersion, StringComparison.Ordinal))
        {
            throw Fault.Create(
                ErrorCodes.ConcurrencyVersionMismatch,
                $"The version of the existing record doesn't match the RowVersion property provided. Entity: {store.Metadata.LogicalName}, Id: {row[store.IdOrdinal]}.");
        }
    }

    // Only SystemRequired is enforced; ApplicationRequired is not checked by the platform (entity-attribute-metadata.md, "Column requirement level").
    private static void RequireSystemRequired(TableMetadata table, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            var column = table.Columns[i];
            if (row[i] is null && column.RequiredLevel == RequiredLevel.SystemRequired && column.IsValidForCreate)
            {
                throw Fault.Create(
                    ErrorCodes.RequiredFieldMissing,
                    $"Required field missing: '{column.LogicalName}' of '{table.LogicalName}' must have a value.");
            }
        }
    }

    // A lookup must point at an existing row: the platform answers "<table> With Id = <id> Does Not Exist".
    private void CheckReferences(TableStore store, object?[] row, List<(int Ordinal, object? Value)> values)
    {
        foreach (var (_, value) in values)
        {
            if (value is not StoredReference reference)
            {
                continue;
            }

            var selfReference = reference.LogicalName == store.Metadata.LogicalName && Equals(row[store.IdOrdinal], reference.Id);
            var target = _database.Existing(reference.LogicalName);
            if (!selfReference && (target is null || !target.Contains(reference.Id)))
            {
                throw Fault.DoesNotExist(reference.LogicalName, reference.Id);
            }
        }
    }

    private StoredReference? BusinessUnitOf(StoredReference owner)
    {
        var store = _database.Existing(owner.LogicalName);
        if (store is null || !store.TryGet(owner.Id, out var row))
        {
            return null;
        }

        var ordinal = store.Metadata.OrdinalOf("businessunitid");
        return ordinal >= 0 ? row[ordinal] as StoredReference : null;
    }

    private static void Set(TableStore store, object?[] row, string column, object? value)
    {
        var ordinal = store.Metadata.OrdinalOf(column);
        if (ordinal >= 0)
        {
            row[ordinal] = value;
        }
    }

    private static (AlternateKeyIndex Index, object[] Tuple, object?[] Values)? KeyTupleOf(TableStore store, KeyAttributeCollection? keyAttributes)
    {
        if (keyAttributes is null || keyAttributes.Count == 0)
        {
            return null;
        }

        var table = store.Metadata;
        var index = store.Keys.FirstOrDefault(k => k.Key.Matches(keyAttributes.Keys))
            ?? throw Fault.Create(ErrorCodes.EntityKeyNotDefined, $"The specified key attributes are not a defined key for the {table.LogicalName} entity");

        // A key whose index is not built yet resolves nothing ([community], dataverse-facts 4.1); this fault is our choice, UNVERIFIED.
        if (!index.IsActive)
        {
            throw Fault.Create(
                ErrorCodes.EntityKeyNotDefined,
                $"The specified key attributes are not a defined key for the {table.LogicalName} entity: the index of key '{index.Key.Name}' is {index.Status}, not Active.");
        }

        var values = new object?[index.Ordinals.Length];
        var tuple = new object[index.Ordinals.Length];
        for (var i = 0; i < index.Ordinals.Length; i++)
        {
            var column = table.Columns[index.Ordinals[i]];
            values[i] = ColumnValues.ToStored(table, column, keyAttributes[column.LogicalName])
                ?? throw Fault.InvalidArgument($"Key attribute '{column.LogicalName}' of '{table.LogicalName}' cannot be null.");
            tuple[i] = StoredValues.IndexKey(values[i]!);
        }

        return (index, tuple, values);
    }

    private static Guid FindByKeyOrEmpty(AlternateKeyIndex index, object[] tuple) => index.TryFind(tuple, out var id) ? id : Guid.Empty;

    private static Guid FindByKey(TableStore store, (AlternateKeyIndex Index, object[] Tuple, object?[] Values) key)
    {
        var id = FindByKeyOrEmpty(key.Index, key.Tuple);
        return id != Guid.Empty
            ? id
            : throw Fault.Create(ErrorCodes.RecordNotFoundByEntityKey, $"A record with the specified key values does not exist in {store.Metadata.LogicalName} entity");
    }
}
