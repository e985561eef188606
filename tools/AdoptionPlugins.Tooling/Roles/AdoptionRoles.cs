using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Tooling.Content;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Roles;

/// <summary>
/// The four security roles the solution ships. They add to the platform's Basic User role, which every licensed user holds and
/// which opens apps and dashboards; ours grant the adoption tables and the standard reads our views join. The plugins write
/// signals, days and profiles as SYSTEM, and the evaluation its message log and quick wins, so no role writes them; the one
/// exception is a person's own opt-out on their profile.
/// </summary>
public static class AdoptionRoles
{
    public const string ActivitySignal = "adopt_ActivitySignal";
    public const string ActivityDay = "adopt_ActivityDay";
    public const string AdoptionProfile = "adopt_AdoptionProfile";
    public const string LeavePeriod = "adopt_LeavePeriod";
    public const string AdoptionSetting = "adopt_AdoptionSetting";
    public const string Nudge = "adopt_Nudge";
    public const string QuickWin = "adopt_QuickWin";
    public const string AdoptionSummary = "adopt_AdoptionSummary";

    /// <summary>systemuser's privilege name: views show the user and their manager, and leave periods point at a user.</summary>
    private const string SystemUser = "User";

    private static readonly string[] AdoptionTables = [ActivitySignal, ActivityDay, AdoptionProfile, LeavePeriod, AdoptionSetting, Nudge, QuickWin, AdoptionSummary];

    private static readonly string[] AllRights = ["Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share"];

    /// <summary>Keeping their own leave up to date is how people avoid being nudged while away.</summary>
    private static readonly string[] LeaveRights = ["Create", "Read", "Write", "Delete", "Append"];

    /// <summary>Settings and every adoption row, to answer questions, correct tiers, and delete a person's data on request.</summary>
    public static SecurityRole Administrator { get; } = Role(
        "Adoption Administrator",
        AdoptionTables.SelectMany(table => Grant(table, PrivilegeDepth.Global, AllRights))
            .Append(new RolePrivilege("prvRead" + SystemUser, PrivilegeDepth.Global))
            .Append(new RolePrivilege("prvAppendTo" + SystemUser, PrivilegeDepth.Global)));

    /// <summary>
    /// A sponsor follows totals, not people. Dataverse applies row security to aggregates too: a chart or rollup only counts
    /// rows its reader may read, so any read depth that let a sponsor see organization totals from profiles or activity days
    /// would also open every person's rows. The sponsor therefore reads what every user reads of those, their own rows; the
    /// totals reach them as the digest and as the adoption summary rows the daily evaluation writes per organization, tier and
    /// team, only for groups at or above the minimum group size, which they read at Global depth: such totals identify nobody
    /// (dataverse-facts 7.2).
    /// </summary>
    public static SecurityRole Sponsor { get; } = Role("Adoption Sponsor", OwnRows(PrivilegeDepth.Basic, PrivilegeDepth.Global));

    /// <summary>
    /// Basic depth plus the platform's manager hierarchy security, rather than Local or Deep. Business units rarely match sales
    /// teams: most organizations keep all of sales in one unit, where Local would show a manager their peers' teams and Deep
    /// every team below. Hierarchy security follows <c>systemuser.parentsystemuserid</c>, the same line the adoption rules
    /// use, so a manager reads their own reports' rows and no one else's; the "My team" views need it anyway, because
    /// <c>eq-useroruserhierarchy</c> works only with hierarchy security on (dataverse-facts 5.5). While an admin has not
    /// turned it on, a manager sees only their own rows: the safe side for privacy. The same holds for team totals: a team's
    /// summary row is owned by its manager, so they read their own team's and, through the hierarchy, their managers' teams'.
    /// </summary>
    public static SecurityRole SalesManager { get; } = Role("Adoption Sales Manager", OwnRows(PrivilegeDepth.Global, PrivilegeDepth.Basic));

    /// <summary>
    /// Everyone who uses the CRM: their own profile, days and signals, so every number about them is open to them. Summaries at
    /// Basic depth open only the totals a user owns: none for most, the organization's for a sponsor given only this role.
    /// </summary>
    public static SecurityRole User { get; } = Role("Adoption User", OwnRows(PrivilegeDepth.Basic, PrivilegeDepth.Basic));

    /// <summary>Every role, ordered by name as the files are.</summary>
    public static ValueList<SecurityRole> All { get; } = [Administrator, SalesManager, Sponsor, User];

    // Read their own adoption rows (and, under hierarchy security, their reports'), the totals their role opens, the messages
    // sent to them and the wins that name them, keep leave up to date, and point leave at a user: their own (Basic) or, for a
    // manager, a report (Global on systemuser, which is business-owned). Everyone reads every setting: the thresholds behind a verdict are no secret from the
    // person judged by them, and an unexplained number is what people distrust in adoption tools. Write on their own profile
    // is for switching their adoption messages off; the GuardAdoptionProfileOnUpdate step refuses any other change, and any
    // change to someone else's profile (hierarchy security lets a manager write a direct report's rows), unless the person
    // saving is an adoption administrator.
    private static IEnumerable<RolePrivilege> OwnRows(PrivilegeDepth appendToUsers, PrivilegeDepth summaries) =>
    [
        .. Grant(AdoptionSummary, summaries, "Read"),
        .. Grant(ActivitySignal, PrivilegeDepth.Basic, "Read"),
        .. Grant(ActivityDay, PrivilegeDepth.Basic, "Read"),
        .. Grant(AdoptionProfile, PrivilegeDepth.Basic, "Read", "Write"),
        .. Grant(Nudge, PrivilegeDepth.Basic, "Read"),
        .. Grant(QuickWin, PrivilegeDepth.Basic, "Read"),
        .. Grant(AdoptionSetting, PrivilegeDepth.Global, "Read"),
        .. Grant(LeavePeriod, PrivilegeDepth.Basic, LeaveRights),
        new RolePrivilege("prvRead" + SystemUser, PrivilegeDepth.Global),
        new RolePrivilege("prvAppendTo" + SystemUser, appendToUsers),
    ];

    private static SecurityRole Role(string name, IEnumerable<RolePrivilege> privileges) => new()
    {
        Id = ContentIds.For("role/" + name),
        Name = name,
        Privileges = SecurityRoleXml.Sorted(privileges).ToValueList(),
    };

    private static IEnumerable<RolePrivilege> Grant(string tableSchemaName, PrivilegeDepth depth, params string[] rights) =>
        rights.Select(right => new RolePrivilege("prv" + right + tableSchemaName, depth));
}
