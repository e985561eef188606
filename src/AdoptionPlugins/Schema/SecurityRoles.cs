namespace AdoptionPlugins.Schema;

/// <summary>Names of the security role table and the links that give users roles directly or through a team.</summary>
public static class SecurityRoles
{
    public const string RoleEntityName = "role";
    public const string RoleId = "roleid";
    public const string RoleName = "name";

    public const string UserRoles = "systemuserroles";
    public const string TeamRoles = "teamroles";
    public const string TeamMembership = "teammembership";

    /// <summary>The user column of the user-role and team-member links.</summary>
    public const string UserId = "systemuserid";

    /// <summary>The team column of the team-role and team-member links.</summary>
    public const string TeamId = "teamid";

    /// <summary>The shipped role that manages adoption settings and data (solution/Roles).</summary>
    public const string AdoptionAdministrator = "Adoption Administrator";

    /// <summary>The platform's role with every privilege.</summary>
    public const string SystemAdministrator = "System Administrator";
}
