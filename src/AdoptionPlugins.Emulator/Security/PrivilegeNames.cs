using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Emulator.Security;

/// <summary>
/// The platform's privilege names: prv + right + the table's privilege name, which for standard tables is not always the
/// logical name (every standard activity shares prv…Activity, systemuser is prv…User, annotation prv…Note).
/// </summary>
public static class PrivilegeNames
{
    public const string SendAppNotification = "prvSendAppNotification";

    // BypassBusinessLogicExecution needs the first, the legacy BypassCustomPluginExecution the second (dataverse-facts 1.6).
    public const string BypassCustomBusinessLogic = "prvBypassCustomBusinessLogic";

    public const string BypassCustomPlugins = "prvBypassCustomPlugins";

    // Spellings from real role exports (solution-samples AKC Roles) and Microsoft's privilege lists (dataverse-facts 6.1, 7.1).
    private static readonly FrozenDictionary<string, string> StandardTables = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["systemuser"] = "User",
        ["businessunit"] = "BusinessUnit",
        ["team"] = "Team",
        ["usersettings"] = "UserSettings",
        ["role"] = "Role",
        ["account"] = "Account",
        ["contact"] = "Contact",
        ["opportunity"] = "Opportunity",
        ["annotation"] = "Note",
        ["queue"] = "Queue",
        ["appnotification"] = "AppNotification",
        ["asyncoperation"] = "AsyncOperation",
        ["activitypointer"] = "Activity",
        ["task"] = "Activity",
        ["phonecall"] = "Activity",
        ["appointment"] = "Activity",
        ["email"] = "Activity",
        ["opportunityclose"] = "Activity",
        ["activityparty"] = "Activity",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // N:N intersect tables have no privileges of their own.
    private static readonly FrozenSet<string> WithoutPrivileges = new[] { "systemuserroles", "teammembership", "teamroles", "systemuserprofiles", "teamprofiles" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The privilege that guards <paramref name="right"/> on <paramref name="tableLogicalName"/>, or null for a table without
    /// privileges. Custom tables use their logical name where the platform uses the schema name; privilege names compare ignoring case.
    /// </summary>
    public static string? For(string tableLogicalName, AccessRight right)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableLogicalName);
        if (WithoutPrivileges.Contains(tableLogicalName))
        {
            return null;
        }

        return "prv" + right + StandardTables.GetValueOrDefault(tableLogicalName, tableLogicalName);
    }

    /// <summary>The role privileges that grant <paramref name="rights"/> on a table at one depth, for building roles in code.</summary>
    public static IEnumerable<RolePrivilege> Grant(string tableLogicalName, PrivilegeDepth depth, params AccessRight[] rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        return rights.Select(right => For(tableLogicalName, right)).OfType<string>().Select(name => new RolePrivilege(name, depth));
    }
}
