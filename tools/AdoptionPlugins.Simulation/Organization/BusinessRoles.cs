using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Simulation.Organization;

/// <summary>
/// The Dynamics 365 Sales roles the simulated people hold for their daily work, beside the solution's own adoption roles. The
/// names are those the product's default tier rules know; the privileges approximate the real roles over the tables the
/// simulation uses, at the depth each job needs (a rep works their own region, an executive the whole company). None is an
/// administrator role, so nobody is excluded from adoption by accident.
/// </summary>
public static class BusinessRoles
{
    public const string SalespersonName = "Salesperson";
    public const string SalesManagerName = "Sales Manager";
    public const string VicePresidentName = "Vice President of Sales";
    public const string ChiefExecutiveName = "CEO-Business Manager";
    public const string IntegrationName = "ERP Integration";
    public const string SystemAdministratorName = "System Administrator";

    private static readonly string[] SalesTables = ["task", "annotation", "opportunity", "account", "contact"];

    private static readonly AccessRight[] WorkRights =
        [AccessRight.Create, AccessRight.Read, AccessRight.Write, AccessRight.Delete, AccessRight.Append, AccessRight.AppendTo, AccessRight.Assign, AccessRight.Share];

    private static readonly AccessRight[] ImportRights =
        [AccessRight.Create, AccessRight.Read, AccessRight.Write, AccessRight.Append, AccessRight.AppendTo, AccessRight.Assign];

    public static SecurityRole Salesperson { get; } = Role(SalespersonName, "0a3f2b41-5d6c-4e7f-8a9b-1c2d3e4f5a01", PrivilegeDepth.Local, WorkRights);

    public static SecurityRole SalesManager { get; } = Role(SalesManagerName, "0a3f2b41-5d6c-4e7f-8a9b-1c2d3e4f5a02", PrivilegeDepth.Deep, WorkRights);

    public static SecurityRole VicePresident { get; } = Role(VicePresidentName, "0a3f2b41-5d6c-4e7f-8a9b-1c2d3e4f5a03", PrivilegeDepth.Global, WorkRights);

    public static SecurityRole ChiefExecutive { get; } = Role(ChiefExecutiveName, "0a3f2b41-5d6c-4e7f-8a9b-1c2d3e4f5a04", PrivilegeDepth.Global, WorkRights);

    /// <summary>What the ERP connector's application user holds: it writes activities for anyone, and nothing it writes is anyone's work.</summary>
    public static SecurityRole Integration { get; } = Role(IntegrationName, "0a3f2b41-5d6c-4e7f-8a9b-1c2d3e4f5a05", PrivilegeDepth.Global, ImportRights);

    public static IReadOnlyList<SecurityRole> All { get; } = [Salesperson, SalesManager, VicePresident, ChiefExecutive, Integration];

    /// <summary>The role named <paramref name="name"/>: one of these, or the platform's System Administrator.</summary>
    public static SecurityRole Named(string name) =>
        name == SystemAdministratorName
            ? BuiltInRoles.SystemAdministrator
            : All.FirstOrDefault(role => role.Name == name) ?? throw new ArgumentException($"No business role is named '{name}'.", nameof(name));

    private static SecurityRole Role(string name, string id, PrivilegeDepth depth, AccessRight[] rights) => new()
    {
        Id = new Guid(id),
        Name = name,
        Privileges =
        [
            .. SalesTables.SelectMany(table => PrivilegeNames.Grant(table, depth, rights)),
            .. PrivilegeNames.Grant("systemuser", PrivilegeDepth.Global, AccessRight.Read),
            .. PrivilegeNames.Grant("businessunit", PrivilegeDepth.Global, AccessRight.Read),
        ],
    };
}
