using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Emulator.Security;

// The caller as the access checks see it, read from the store under the database lock: its business unit, its teams and
// the privileges of its own roles and of its owner teams' roles. A user holds every privilege any of those roles grants.
internal sealed class Principal
{
    private const int AccessTeam = 1;

    private static readonly IReadOnlyDictionary<string, Grant[]> NoGrants = FrozenDictionary<string, Grant[]>.Empty;

    private Principal(Guid userId)
    {
        UserId = userId;
    }

    public Guid UserId { get; }

    public Guid BusinessUnitId { get; private init; }

    public int AccessMode { get; private init; }

    // SYSTEM and System Administrators pass every check, as on the platform.
    public bool BypassesChecks { get; private init; }

    public int RoleCount { get; private init; }

    public IReadOnlySet<Guid> Teams { get; private init; } = FrozenSet<Guid>.Empty;

    public IReadOnlyDictionary<string, Grant[]> Grants { get; private init; } = NoGrants;

    public Grant[] GrantsOf(string privilegeName) => Grants.TryGetValue(privilegeName, out var grants) ? grants : [];

    // An unknown caller is refused like a missing row; a disabled one with the platform's "user not enabled" code.
    public static Principal Read(InMemoryDatabase database, IReadOnlyDictionary<Guid, SecurityRole> roles, Guid callerId)
    {
        if (callerId == database.SystemUserId)
        {
            return new Principal(callerId) { BypassesChecks = true };
        }

        var users = database.Existing("systemuser");
        if (users is null || !users.TryGet(callerId, out var user))
        {
            throw Fault.DoesNotExist("systemuser", callerId);
        }

        if (Value(users, user, "isdisabled") is true)
        {
            throw SecurityFaults.UserNotEnabled(callerId);
        }

        var businessUnit = (Value(users, user, "businessunitid") as StoredReference)?.Id ?? Guid.Empty;
        var held = Linked(database, StandardSecurityTables.SystemUserRoles, "systemuserid", callerId, "roleid")
            .Select(roleId => (RoleId: roleId, BusinessUnit: businessUnit))
            .ToList();
        var teams = Linked(database, StandardSecurityTables.TeamMembership, "systemuserid", callerId, "teamid").ToHashSet();
        held.AddRange(OwnerTeamRoles(database, teams));
        var administrator = held.Exists(h => h.RoleId == BuiltInRoles.SystemAdministrator.Id);
        return new Principal(callerId)
        {
            BusinessUnitId = businessUnit,
            AccessMode = Value(users, user, "accessmode") as int? ?? 0,
            BypassesChecks = administrator,
            RoleCount = held.Select(h => h.RoleId).Distinct().Count(),
            Teams = teams,
            Grants = administrator ? NoGrants : GrantsOf(held, roles),
        };
    }

    // The ids in the other column of an intersect table's rows that match one id, e.g. the roles of a user in systemuserroles.
    public static IEnumerable<Guid> Linked(InMemoryDatabase database, string intersect, string fromColumn, Guid fromId, string toColumn)
    {
        var store = database.Existing(intersect);
        if (store is null)
        {
            yield break;
        }

        var from = store.Metadata.OrdinalOf(fromColumn);
        var to = store.Metadata.OrdinalOf(toColumn);
        foreach (var row in store.Rows)
        {
            if (row[from] is Guid id && id == fromId && row[to] is Guid linked)
            {
                yield return linked;
            }
        }
    }

    // Access teams hold no roles; the roles of owner and Microsoft Entra group teams reach from the team's business unit.
    private static IEnumerable<(Guid RoleId, Guid BusinessUnit)> OwnerTeamRoles(InMemoryDatabase database, IEnumerable<Guid> teamIds)
    {
        var teams = database.Existing("team");
        foreach (var teamId in teamIds)
        {
            if (teams is null || !teams.TryGet(teamId, out var team) || Value(teams, team, "teamtype") is AccessTeam)
            {
                continue;
            }

            var businessUnit = (Value(teams, team, "businessunitid") as StoredReference)?.Id ?? Guid.Empty;
            foreach (var roleId in Linked(database, StandardSecurityTables.TeamRoles, "teamid", teamId, "roleid"))
            {
                yield return (roleId, businessUnit);
            }
        }
    }

    private static Dictionary<string, Grant[]> GrantsOf(List<(Guid RoleId, Guid BusinessUnit)> held, IReadOnlyDictionary<Guid, SecurityRole> roles)
    {
        var grants = new Dictionary<string, HashSet<Grant>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (roleId, businessUnit) in held)
        {
            foreach (var privilege in roles.TryGetValue(roleId, out var role) ? role.Privileges : [])
            {
                if (!grants.TryGetValue(privilege.Name, out var set))
                {
                    set = [];
                    grants.Add(privilege.Name, set);
                }

                set.Add(new Grant(privilege.Depth, businessUnit));
            }
        }

        return grants.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static object? Value(TableStore store, object?[] row, string column)
    {
        var ordinal = store.Metadata.OrdinalOf(column);
        return ordinal >= 0 ? row[ordinal] : null;
    }
}
