using System;
using System.Collections.Generic;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Builds a security role with a fresh id and only the privileges a test grants it.</summary>
public sealed class RoleBuilder
{
    private readonly List<RolePrivilege> _privileges = [];
    private readonly string _name;

    public RoleBuilder(string name)
    {
        _name = name;
    }

    public RoleBuilder Granting(string table, PrivilegeDepth depth, params AccessRight[] rights)
    {
        _privileges.AddRange(PrivilegeNames.Grant(table, depth, rights));
        return this;
    }

    public RoleBuilder Holding(string privilegeName, PrivilegeDepth depth = PrivilegeDepth.Global)
    {
        _privileges.Add(new RolePrivilege(privilegeName, depth));
        return this;
    }

    public SecurityRole Build() => new() { Id = Guid.NewGuid(), Name = _name, Privileges = [.. _privileges] };
}
