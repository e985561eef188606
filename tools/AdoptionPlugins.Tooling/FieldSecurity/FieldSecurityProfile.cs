using System;
using System.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.FieldSecurity;

/// <summary>
/// One field (column) security profile as a solution ships it in <c>Other/FieldSecurityProfiles.xml</c>: its id, name, description
/// and the permissions it grants. Who holds it is not part of a solution; an administrator adds users and teams after import.
/// </summary>
public sealed record FieldSecurityProfile
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Each column at most once, in file order.</summary>
    public ValueList<ColumnRights> Permissions { get; init; } = [];

    /// <summary>The permission the profile gives on a column, or null when it names the column nowhere (which grants nothing).</summary>
    public ColumnRights? For(string table, string column) =>
        Permissions.FirstOrDefault(permission => string.Equals(permission.Table, table, StringComparison.OrdinalIgnoreCase)
            && string.Equals(permission.Column, column, StringComparison.OrdinalIgnoreCase));
}
