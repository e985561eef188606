using System;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Tests.Support;

/// <summary>The role a sales team's members hold in the tests, instead of System Administrator.</summary>
public static class SalesRoles
{
    /// <summary>
    /// Their business unit's activities (one set of privileges covers every activity table), notes and opportunities, so an
    /// assistant can log for an executive and a manager can close a rep's task; reading users. Nothing on the product's own
    /// tables: capture writes them as SYSTEM.
    /// </summary>
    public static SecurityRole Salesperson { get; } = new()
    {
        Id = new Guid("5a1e5d0e-0000-4000-8000-000000000001"),
        Name = "Salesperson",
        Privileges =
        [
            .. PrivilegeNames.Grant("activitypointer", PrivilegeDepth.Local, AllRights),
            .. PrivilegeNames.Grant("annotation", PrivilegeDepth.Local, AllRights),
            .. PrivilegeNames.Grant("opportunity", PrivilegeDepth.Local, AllRights),
            .. PrivilegeNames.Grant("systemuser", PrivilegeDepth.Global, AccessRight.Read),
        ],
    };

    private static AccessRight[] AllRights =>
        [AccessRight.Create, AccessRight.Read, AccessRight.Write, AccessRight.Delete, AccessRight.Append, AccessRight.AppendTo, AccessRight.Assign];
}
