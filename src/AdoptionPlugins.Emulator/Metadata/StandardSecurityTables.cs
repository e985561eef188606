using System.Collections.Generic;

namespace AdoptionPlugins.Emulator.Metadata;

/// <summary>
/// The tables behind the emulator's access checks: security roles and the user-role, team-member and team-role links, and
/// the user and team links of field security profiles (systemuserprofiles_association, teamprofiles_association).
/// </summary>
public static class StandardSecurityTables
{
    public const string Role = "role";
    public const string SystemUserRoles = "systemuserroles";
    public const string TeamMembership = "teammembership";
    public const string TeamRoles = "teamroles";
    public const string SystemUserProfiles = "systemuserprofiles";
    public const string TeamProfiles = "teamprofiles";

    public static IReadOnlyList<TableMetadata> All { get; } = 
    [
        RoleTable(), SystemUserRolesTable(), TeamMembershipTable(), TeamRolesTable(),
        Intersect(SystemUserProfiles, "systemuserprofileid", "systemuserid", "fieldsecurityprofileid"),
        Intersect(TeamProfiles, "teamprofileid", "teamid", "fieldsecurityprofileid"),
    ];

    // Roles imported with a solution are attached to the root business unit (dataverse-facts 7.1).
    private static TableMetadata RoleTable() => new(
        Role, "roleid", "name", OwnershipType.BusinessOwned,
        [
            ColumnMetadata.Text("name", 100) with { RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.LookupTo("businessunitid", "businessunit") with { RequiredLevel = RequiredLevel.SystemRequired },
        ]);

    // Intersect tables of N:N relationships hold plain ids, not lookups.
    private static TableMetadata SystemUserRolesTable() => Intersect(SystemUserRoles, "systemuserroleid", "systemuserid", "roleid");

    private static TableMetadata TeamMembershipTable() => Intersect(TeamMembership, "teammembershipid", "systemuserid", "teamid");

    private static TableMetadata TeamRolesTable() => Intersect(TeamRoles, "teamroleid", "teamid", "roleid");

    private static TableMetadata Intersect(string logicalName, string primaryId, string first, string second) => new(
        logicalName, primaryId, null, OwnershipType.None,
        [
            ColumnMetadata.UniqueId(first) with { RequiredLevel = RequiredLevel.SystemRequired },
            ColumnMetadata.UniqueId(second) with { RequiredLevel = RequiredLevel.SystemRequired },
        ]);
}
