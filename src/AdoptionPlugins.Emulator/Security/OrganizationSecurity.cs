using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Query;
using AdoptionPlugins.Tooling.FieldSecurity;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Emulator.Security;

/// <summary>
/// The security of one emulated organization: its roles (built-in and from a solution's Roles/), its field security profiles
/// (from a solution's Other/FieldSecurityProfiles.xml), who holds them, and the checks every call through the organization
/// service passes. SYSTEM and System Administrators pass every check.
/// </summary>
public sealed class OrganizationSecurity
{
    private const int AccessTeam = 1;

    private readonly InMemoryDatabase _database;
    private readonly ConcurrentDictionary<Guid, SecurityRole> _roles = new();
    private readonly ConcurrentDictionary<Guid, FieldSecurityProfile> _profiles = new();

    internal OrganizationSecurity(InMemoryDatabase database)
    {
        _database = database;
        foreach (var role in BuiltInRoles.All)
        {
            AddRole(role);
        }
    }

    public SecurityOptions Options => _database.Options.Security;

    public IReadOnlyCollection<SecurityRole> Roles => _roles.Values.OrderBy(role => role.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Adds a role and its <c>role</c> row in the root business unit, where solution import puts roles (dataverse-facts 7.1).</summary>
    public void AddRole(SecurityRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (!_roles.TryAdd(role.Id, role))
        {
            throw new InvalidOperationException($"A role with id {role.Id} is already defined ('{_roles[role.Id].Name}'); '{role.Name}' needs its own id.");
        }

        Insert(StandardSecurityTables.Role, role.Id, () => [("name", role.Name), ("businessunitid", new StoredReference("businessunit", _database.RootBusinessUnitId))]);
    }

    /// <summary>Adds every role of an unpacked solution's <c>Roles/</c> folder, read with the parser pack and validate use.</summary>
    public void LoadRoles(string solutionFolder)
    {
        foreach (var role in SecurityRoleXml.ReadSolution(solutionFolder))
        {
            AddRole(role);
        }
    }

    public IReadOnlyCollection<FieldSecurityProfile> FieldSecurityProfiles =>
        _profiles.Values.OrderBy(profile => profile.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Adds a field security profile; System Administrators need none, they read and write every secured column.</summary>
    public void AddFieldSecurityProfile(FieldSecurityProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!_profiles.TryAdd(profile.Id, profile))
        {
            throw new InvalidOperationException($"A field security profile with id {profile.Id} is already defined ('{_profiles[profile.Id].Name}'); '{profile.Name}' needs its own id.");
        }
    }

    /// <summary>Adds the field security profiles of an unpacked solution's <c>Other/FieldSecurityProfiles.xml</c>, read with the parser pack and validate use.</summary>
    public void LoadFieldSecurityProfiles(string solutionFolder)
    {
        foreach (var profile in FieldSecurityProfileXml.ReadSolution(solutionFolder))
        {
            AddFieldSecurityProfile(profile);
        }
    }

    /// <summary>Adds a user to a field security profile, as <c>systemuserprofiles_association</c> does.</summary>
    public void AddFieldSecurityProfileMember(Guid profileId, Guid userId) =>
        Link(StandardSecurityTables.SystemUserProfiles, ("systemuserid", Existing("systemuser", userId)), ("fieldsecurityprofileid", KnownProfile(profileId)));

    /// <summary>Adds a team to a field security profile, as <c>teamprofiles_association</c> does; its members get the profile's rights.</summary>
    public void AddFieldSecurityProfileTeam(Guid profileId, Guid teamId) =>
        Link(StandardSecurityTables.TeamProfiles, ("teamid", Existing("team", teamId)), ("fieldsecurityprofileid", KnownProfile(profileId)));

    /// <summary>Gives a user a role, as <c>systemuserroles_association</c> does.</summary>
    public void AssignRole(Guid userId, Guid roleId) =>
        Link(StandardSecurityTables.SystemUserRoles, ("systemuserid", Existing("systemuser", userId)), ("roleid", KnownRole(roleId)));

    /// <summary>Gives an owner team a role; its members hold the role's privileges, reaching from the team's business unit.</summary>
    public void AssignTeamRole(Guid teamId, Guid roleId) =>
        Link(StandardSecurityTables.TeamRoles, ("teamid", OwnerTeam(teamId)), ("roleid", KnownRole(roleId)));

    /// <summary>Makes a user a member of a team, as <c>teammembership_association</c> does.</summary>
    public void AddTeamMember(Guid teamId, Guid userId) =>
        Link(StandardSecurityTables.TeamMembership, ("systemuserid", Existing("systemuser", userId)), ("teamid", Existing("team", teamId)));

    /// <summary>Whether the caller's roles hold a privilege at any depth; an unknown or disabled caller faults as in any call.</summary>
    public bool HasPrivilege(Guid callerId, string privilegeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(privilegeName);
        return Read(() =>
        {
            var principal = Principal.Read(_database, _roles, callerId);
            return principal.BypassesChecks || principal.GrantsOf(privilegeName).Length > 0;
        });
    }

    /// <summary>
    /// The check a message makes before it runs, such as <c>prvSendAppNotification</c> for SendAppNotification or a custom
    /// API's <c>executeprivilegename</c> (dataverse-facts 2.1, 6.1): the platform's privilege fault when no role holds it.
    /// </summary>
    public void RequirePrivilege(Guid callerId, string privilegeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(privilegeName);
        if (!Options.Enforce)
        {
            return;
        }

        Read(() =>
        {
            var evaluator = Evaluator(callerId);
            return evaluator.Principal.BypassesChecks || evaluator.RequirePrivilege(privilegeName, null).Length > 0;
        });
    }

    // The hooks the service and query code call under the database lock. This one returns the row that rowOf finds once the
    // caller may act on it.
    internal object?[] Require(Guid callerId, AccessRight right, TableStore store, Func<object?[]> rowOf) =>
        Options.Enforce ? Evaluator(callerId).Require(right, store, rowOf) : rowOf();

    internal void RequireCreate(Guid callerId, TableStore store, object?[] row)
    {
        if (Options.Enforce)
        {
            Evaluator(callerId).RequireCreate(store, row);
        }
    }

    internal void RequireAssignIfOwnerChanges(Guid callerId, TableStore store, object?[] current, object?[] updated)
    {
        if (Options.Enforce)
        {
            Evaluator(callerId).RequireAssignIfOwnerChanges(store, current, updated);
        }
    }

    internal ReadScope ReadScope(Guid callerId, IReadOnlyList<QuerySource> sources)
    {
        if (!Options.Enforce)
        {
            return Security.ReadScope.Everything;
        }

        var evaluator = Evaluator(callerId);
        return new ReadScope(
            [.. sources.Select(source => evaluator.ReadFilter(source.Store))],
            [.. sources.Select(source => MaskFor(evaluator.Principal, source.Store.Metadata))]);
    }

    // Column security for a table with secured columns; null when the caller sees and sets every column.
    internal ColumnAccess? ColumnAccess(Guid callerId, TableMetadata table) =>
        Options.Enforce && table.SecuredOrdinals.Length > 0 ? ColumnAccess(Principal.Read(_database, _roles, callerId), table) : null;

    internal void RequireColumnRights(Guid callerId, TableMetadata table, IEnumerable<(int Ordinal, object? Value)> values, bool create)
    {
        if (ColumnAccess(callerId, table)?.RefusedWrite(values, create) is { } column)
        {
            throw SecurityFaults.SecuredColumnNotSettable(callerId, create, table.LogicalName, column);
        }
    }

    private Func<object?[], object?[]>? MaskFor(Principal principal, TableMetadata table) =>
        ColumnAccess(principal, table) is { Hidden.Length: > 0 } access ? access.Mask : null;

    private ColumnAccess? ColumnAccess(Principal principal, TableMetadata table)
    {
        if (principal.BypassesChecks || table.SecuredOrdinals.Length == 0)
        {
            return null;
        }

        var held = Principal.Linked(_database, StandardSecurityTables.SystemUserProfiles, "systemuserid", principal.UserId, "fieldsecurityprofileid")
            .Concat(principal.Teams.SelectMany(team => Principal.Linked(_database, StandardSecurityTables.TeamProfiles, "teamid", team, "fieldsecurityprofileid")))
            .Distinct()
            .Select(id => _profiles.TryGetValue(id, out var profile) ? profile : null)
            .OfType<FieldSecurityProfile>()
            .ToArray();
        return new ColumnAccess(table, held);
    }

    private AccessEvaluator Evaluator(Guid callerId) => new(_database, Principal.Read(_database, _roles, callerId), Options);

    private T Read<T>(Func<T> read)
    {
        _database.Lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _database.Lock.ExitReadLock();
        }
    }

    // Validates and writes under the write lock, as SYSTEM, like the platform's own associate and import operations.
    private void Insert(string table, Guid id, Func<(string Column, object Value)[]> values)
    {
        if (!_database.TryResolve(table, out var store))
        {
            return;
        }

        _database.Lock.EnterWriteLock();
        try
        {
            _database.Seed(store.Metadata, id, _database.Clock.UtcNow, new StoredReference("systemuser", _database.SystemUserId), values());
        }
        finally
        {
            _database.Lock.ExitWriteLock();
        }
    }

    private void Link(string intersect, (string Column, Func<Guid> Id) first, (string Column, Func<Guid> Id) second)
    {
        if (!_database.Catalog.Contains(intersect))
        {
            throw new InvalidOperationException($"The catalog has no {intersect} table; add StandardSecurityTables.All to it to assign roles and teams.");
        }

        Insert(intersect, Guid.NewGuid(), () =>
        {
            var (firstId, secondId) = (first.Id(), second.Id());
            if (Principal.Linked(_database, intersect, first.Column, firstId, second.Column).Contains(secondId))
            {
                throw new InvalidOperationException($"{intersect} already links {first.Column} {firstId} with {second.Column} {secondId}.");
            }

            return [(first.Column, firstId), (second.Column, secondId)];
        });
    }

    private Func<Guid> KnownRole(Guid roleId) => () =>
        _roles.ContainsKey(roleId) ? roleId : throw new InvalidOperationException($"No role has id {roleId}; add it with AddRole or LoadRoles first.");

    private Func<Guid> KnownProfile(Guid profileId) => () =>
        _profiles.ContainsKey(profileId)
            ? profileId
            : throw new InvalidOperationException($"No field security profile has id {profileId}; add it with AddFieldSecurityProfile or LoadFieldSecurityProfiles first.");

    private Func<Guid> Existing(string table, Guid id) => () =>
        _database.Existing(table)?.Contains(id) == true ? id : throw new InvalidOperationException($"No {table} has id {id}.");

    // Access teams hold no roles; they only give their members access to rows shared with them.
    private Func<Guid> OwnerTeam(Guid teamId) => () =>
    {
        var teams = _database.Existing("team");
        if (teams is null || !teams.TryGet(teamId, out var team))
        {
            throw new InvalidOperationException($"No team has id {teamId}.");
        }

        return team[teams.Metadata.OrdinalOf("teamtype")] is AccessTeam
            ? throw new InvalidOperationException($"Team {teamId} is an access team, which cannot hold security roles.")
            : teamId;
    };
}
