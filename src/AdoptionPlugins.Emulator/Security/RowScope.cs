using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;

namespace AdoptionPlugins.Emulator.Security;

// Where a table's rows sit for the access checks: who owns a row and which business unit it belongs to. Rows of
// organization-owned tables, and of tables without an owner of their own, belong to the whole organization (dataverse-facts 7.1).
internal sealed class RowScope
{
    private readonly int _ownerOrdinal;
    private readonly int _unitOrdinal;
    private readonly int _idOrdinal;
    private readonly bool _rowIsItsUser;
    private readonly bool _rowIsItsUnit;

    private RowScope(TableMetadata table)
    {
        Table = table.LogicalName;
        _idOrdinal = table.OrdinalOf(table.PrimaryIdColumn);
        switch (table.Ownership)
        {
            case OwnershipType.UserOwned:
                _ownerOrdinal = table.OrdinalOf(SystemColumns.OwnerId);
                _unitOrdinal = table.OrdinalOf(SystemColumns.OwningBusinessUnit);
                break;
            case OwnershipType.BusinessOwned:
                // A user's own row (and their settings, keyed by their id) is theirs; a business unit belongs to itself.
                _ownerOrdinal = -1;
                _rowIsItsUser = table.PrimaryIdColumn == "systemuserid";
                _rowIsItsUnit = table.LogicalName == "businessunit";
                _unitOrdinal = table.OrdinalOf("businessunitid");
                break;
            default:
                IsOrganizationWide = true;
                _ownerOrdinal = _unitOrdinal = -1;
                break;
        }
    }

    public bool IsOrganizationWide { get; }

    public string Table { get; }

    public static RowScope Of(TableMetadata table) => new(table);

    public (Guid? User, Guid? Team) Owner(object?[] row)
    {
        if (_rowIsItsUser)
        {
            return ((Guid?)row[_idOrdinal], null);
        }

        return _ownerOrdinal >= 0 && row[_ownerOrdinal] is StoredReference owner
            ? owner.LogicalName == "team" ? (null, owner.Id) : (owner.Id, null)
            : (null, null);
    }

    public Guid? BusinessUnit(object?[] row) =>
        _rowIsItsUnit ? (Guid?)row[_idOrdinal] : _unitOrdinal >= 0 ? (row[_unitOrdinal] as StoredReference)?.Id : null;

    public bool OwnerDiffers(object?[] current, object?[] updated) =>
        _ownerOrdinal >= 0 && !Equals(current[_ownerOrdinal], updated[_ownerOrdinal]);
}
