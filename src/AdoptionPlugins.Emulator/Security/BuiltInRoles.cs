using System;
using System.Collections.Generic;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Emulator.Security;

/// <summary>The roles every emulated organization starts with, beside the ones a solution ships in Roles/.</summary>
public static class BuiltInRoles
{
    private static readonly AccessRight[] RecordRights =
        [AccessRight.Create, AccessRight.Read, AccessRight.Write, AccessRight.Delete, AccessRight.Append, AccessRight.AppendTo, AccessRight.Assign, AccessRight.Share];

    /// <summary>
    /// Holds every privilege at Global and passes every check, as on the platform. Its id is the platform's role template id,
    /// the same in every environment; the emulator has no per-business-unit role copies.
    /// </summary>
    public static SecurityRole SystemAdministrator { get; } = new()
    {
        Id = new Guid("627090ff-40a3-4053-8790-584edc5be201"),
        Name = "System Administrator",
        IsCustomizable = false,
    };

    /// <summary>
    /// An approximation of the platform's Basic User role over the standard tables the emulator knows: own activities, notes,
    /// accounts, contacts, opportunities and notifications, and reading the organization's users, units and teams. The
    /// platform's exact levels are UNVERIFIED; a test that depends on one builds its own role.
    /// </summary>
    public static SecurityRole BasicUser { get; } = new()
    {
        Id = new Guid("2f9a6d0e-8b1c-4e37-a5d4-6c0b9e7f1a32"),
        Name = "Basic User",
        IsCustomizable = false,
        Privileges =
        [
            .. PrivilegeNames.Grant("systemuser", PrivilegeDepth.Global, AccessRight.Read),
            .. PrivilegeNames.Grant("businessunit", PrivilegeDepth.Global, AccessRight.Read),
            .. PrivilegeNames.Grant("team", PrivilegeDepth.Global, AccessRight.Read),
            .. PrivilegeNames.Grant("role", PrivilegeDepth.Global, AccessRight.Read),
            .. PrivilegeNames.Grant("usersettings", PrivilegeDepth.Basic, AccessRight.Create, AccessRight.Read, AccessRight.Write),
            .. PrivilegeNames.Grant("task", PrivilegeDepth.Basic, RecordRights),
            .. PrivilegeNames.Grant("annotation", PrivilegeDepth.Basic, RecordRights),
            .. PrivilegeNames.Grant("account", PrivilegeDepth.Basic, RecordRights),
            .. PrivilegeNames.Grant("contact", PrivilegeDepth.Basic, RecordRights),
            .. PrivilegeNames.Grant("opportunity", PrivilegeDepth.Basic, RecordRights),
            .. PrivilegeNames.Grant("appnotification", PrivilegeDepth.Basic, AccessRight.Create, AccessRight.Read, AccessRight.Write),
            .. PrivilegeNames.Grant("asyncoperation", PrivilegeDepth.Basic, AccessRight.Read),
        ],
    };

    /// <summary>Only what the emulator needs of the platform's Environment Maker: it sends in-app notifications (dataverse-facts 6.1).</summary>
    public static SecurityRole EnvironmentMaker { get; } = new()
    {
        Id = new Guid("7c3e5a91-0d2f-4b68-9e14-3a8f6c2d5b07"),
        Name = "Environment Maker",
        IsCustomizable = false,
        Privileges = [new RolePrivilege(PrivilegeNames.SendAppNotification, PrivilegeDepth.Global)],
    };

    public static IReadOnlyList<SecurityRole> All { get; } = [SystemAdministrator, BasicUser, EnvironmentMaker];
}
