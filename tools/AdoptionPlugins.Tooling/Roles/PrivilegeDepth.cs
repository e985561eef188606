namespace AdoptionPlugins.Tooling.Roles;

/// <summary>
/// How far a role's privilege reaches, as role XML names it in <c>level</c>; the values are the platform's
/// <c>roleprivileges.privilegedepthmask</c> bits (dataverse-facts 7.1).
/// </summary>
public enum PrivilegeDepth
{
    /// <summary>Rows the user owns, or a team they belong to owns ("User" in the role editor).</summary>
    Basic = 1,

    /// <summary>Rows in the user's business unit.</summary>
    Local = 2,

    /// <summary>Rows in the user's business unit and every unit below it ("Parent: Child Business Units").</summary>
    Deep = 4,

    /// <summary>Every row ("Organization").</summary>
    Global = 8,
}
