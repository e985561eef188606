namespace AdoptionPlugins.Tooling.FieldSecurity;

/// <summary>
/// One <c>&lt;FieldPermission&gt;</c>: what a field security profile allows on one secured column, named by the logical names of
/// its table and column. Exports write each right as 4 (allowed) or 0 (not allowed), the values of
/// <c>Microsoft.Xrm.Sdk.FieldPermissionType</c>.
/// </summary>
public sealed record ColumnRights(string Table, string Column, bool CanRead, bool CanCreate, bool CanUpdate)
{
    /// <summary>Read only: the column shows its value but cannot be set.</summary>
    public static ColumnRights ReadOnly(string table, string column) => new(table, column, CanRead: true, CanCreate: false, CanUpdate: false);

    /// <summary>Read, create with a value and update.</summary>
    public static ColumnRights Full(string table, string column) => new(table, column, CanRead: true, CanCreate: true, CanUpdate: true);
}
