using System;
using System.Linq;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Roles;

/// <summary>One security role as a solution ships it in <c>Roles/&lt;Role Name&gt;.xml</c>: its id, name and privileges.</summary>
public sealed record SecurityRole
{
    public required Guid Id { get; init; }

    /// <summary>The display name, which is also the file name (solution-format 1).</summary>
    public required string Name { get; init; }

    public bool IsCustomizable { get; init; } = true;

    /// <summary>Each privilege once, in file order; names compare ignoring case, as the platform's privilege names do.</summary>
    public ValueList<RolePrivilege> Privileges { get; init; } = [];

    /// <summary>How far the role grants <paramref name="privilegeName"/>, or null when it does not hold it.</summary>
    public PrivilegeDepth? DepthOf(string privilegeName) =>
        Privileges.FirstOrDefault(privilege => string.Equals(privilege.Name, privilegeName, StringComparison.OrdinalIgnoreCase))?.Depth;
}
