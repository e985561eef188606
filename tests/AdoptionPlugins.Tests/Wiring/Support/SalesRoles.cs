using System;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Tests.Wiring.Support;

/// <summary>Roles named as the default tier rules know them, each able to log its own customer work (tasks, notes, opportunities).</summary>
public static class SalesRoles
{
    public static SecurityRole Executive { get; } = Role("CEO-Business Manager", "e7ec0000-0000-4000-8000-000000000001");

    public static SecurityRole Manager { get; } = Role("Sales Manager", "e7ec0000-0000-4000-8000-000000000002");

    public static SecurityRole Contributor { get; } = Role("Salesperson", "e7ec0000-0000-4000-8000-000000000003");

    public static SecurityRole For(AdoptionTier tier) => tier switch
    {
        AdoptionTier.Executive => Executive,
        AdoptionTier.Manager => Manager,
        AdoptionTier.Contributor => Contributor,
        _ => BuiltInRoles.SystemAdministrator,
    };

    private static SecurityRole Role(string name, string id) => new()
    {
        Id = new Guid(id),
        Name = name,
        Privileges =
        [
            .. PrivilegeNames.Grant("task", PrivilegeDepth.Local, AllRights),
            .. PrivilegeNames.Grant("annotation", PrivilegeDepth.Local, AllRights),
            .. PrivilegeNames.Grant("opportunity", PrivilegeDepth.Local, AllRights),
            .. PrivilegeNames.Grant("systemuser", PrivilegeDepth.Global, AccessRight.Read),
        ],
    };

    private static AccessRight[] AllRights =>
        [AccessRight.Create, AccessRight.Read, AccessRight.Write, AccessRight.Delete, AccessRight.Append, AccessRight.AppendTo, AccessRight.Assign];
}
