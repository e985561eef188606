using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Tooling.Roles;

namespace AdoptionPlugins.Emulator.Security;

// Decides what one caller may do with rows, for one service call under the database lock. Two checks, as on the platform
// (how-record-access-determined): the privilege check (does any role hold prv<Right><table> at all?) and the access check
// (does its depth reach the row: owned by the caller or their team, in a reachable business unit, or through hierarchy security).
internal sealed class AccessEvaluator
{
    private readonly InMemoryDatabase _database;
    private readonly SecurityOptions _options;
    private Dictionary<Guid, List<Guid>>? _childUnits;
    private Dictionary<Guid, int>? _reports;

    public AccessEvaluator(InMemoryDatabase database, Principal principal, SecurityOptions options)
    {
        _database = database;
        Principal = principal;
        _options = options;
    }

    public Principal Principal { get; }

    // The privilege check comes first, so a caller without the privilege learns nothing about whether the row exists.
    public object?[] Require(AccessRight right, TableStore store, Func<object?[]> rowOf)
    {
        var table = store.Metadata.LogicalName;
        if (Principal.BypassesChecks || PrivilegeNames.For(table, right) is not { } privilege)
        {
            return rowOf();
        }

        var grants = RequirePrivilege(privilege, table);
        var row = rowOf();
        return Allows(RowScope.Of(store.Metadata), right, ReachableUnits(grants), row)
            ? row
            : throw SecurityFaults.AccessDenied(Principal, right, table, (Guid)row[store.IdOrdinal]!);
    }

    // Creating a row and owning it also needs Read (security-access-rights, "Dependencies between access rights"); creating it
    // for someone else needs a Create depth that reaches the new owner (dataverse-facts 6.1).
    public void RequireCreate(TableStore store, object?[] row)
    {
        Require(AccessRight.Create, store, () => row);
        var scope = RowScope.Of(store.Metadata);
        if (!Principal.BypassesChecks && !scope.IsOrganizationWide && scope.Owner(row).User == Principal.UserId
            && PrivilegeNames.For(store.Metadata.LogicalName, AccessRight.Read) is { } read)
        {
            RequirePrivilege(read, store.Metadata.LogicalName);
        }
    }

    // Changing the owner is an assignment: Assign on the row as it was, besides Write (security-access-rights).
    public void RequireAssignIfOwnerChanges(TableStore store, object?[] current, object?[] updated)
    {
        if (RowScope.Of(store.Metadata).OwnerDiffers(current, updated))
        {
            Require(AccessRight.Assign, store, () => current);
        }
    }

    public Grant[] RequirePrivilege(string privilegeName, string? table)
    {
        var grants = Principal.GrantsOf(privilegeName);
        return grants.Length > 0 ? grants : throw SecurityFaults.PrivilegeDenied(Principal, privilegeName, table);
    }

    // Null when every row of the table is readable; faults when the caller cannot read the table at all.
    public Func<object?[], bool>? ReadFilter(TableStore store)
    {
        var table = store.Metadata.LogicalName;
        if (Principal.BypassesChecks || PrivilegeNames.For(table, AccessRight.Read) is not { } privilege)
        {
            return null;
        }

        var scope = RowScope.Of(store.Metadata);
        var units = ReachableUnits(RequirePrivilege(privilege, table));
        return scope.IsOrganizationWide || units is null ? null : row => Allows(scope, AccessRight.Read, units, row);
    }

    // Any depth reaches the caller's own rows and their teams' rows, whatever unit those are in (how-record-access-determined, "Ownership").
    private bool Allows(RowScope scope, AccessRight right, HashSet<Guid>? units, object?[] row)
    {
        if (scope.IsOrganizationWide || units is null)
        {
            return true;
        }

        var owner = scope.Owner(row);
        if (owner.User == Principal.UserId || (owner.Team is { } team && Principal.Teams.Contains(team)))
        {
            return true;
        }

        return (scope.BusinessUnit(row) is { } unit && units.Contains(unit))
            || (!_options.TablesExcludedFromHierarchy.Contains(scope.Table) && ThroughHierarchy(right, owner));
    }

    // The business units the grants reach; null for all of them (a Global grant).
    private HashSet<Guid>? ReachableUnits(Grant[] grants)
    {
        var units = new HashSet<Guid>();
        foreach (var grant in grants)
        {
            switch (grant.Depth)
            {
                case PrivilegeDepth.Global:
                    return null;
                case PrivilegeDepth.Deep:
                    AddWithDescendants(units, grant.BusinessUnitId);
                    break;
                case PrivilegeDepth.Local:
                    units.Add(grant.BusinessUnitId);
                    break;
            }
        }

        return units;
    }

    private void AddWithDescendants(HashSet<Guid> units, Guid root)
    {
        _childUnits ??= ChildUnits();
        var pending = new Stack<Guid>([root]);
        while (pending.TryPop(out var unit))
        {
            if (units.Add(unit) && _childUnits.TryGetValue(unit, out var children))
            {
                children.ForEach(pending.Push);
            }
        }
    }

    private Dictionary<Guid, List<Guid>> ChildUnits()
    {
        var children = new Dictionary<Guid, List<Guid>>();
        var units = _database.Existing("businessunit");
        var parentOrdinal = units?.Metadata.OrdinalOf("parentbusinessunitid") ?? -1;
        foreach (var (id, row) in units?.Entries ?? [])
        {
            if (parentOrdinal >= 0 && row[parentOrdinal] is StoredReference parent)
            {
                children.TryAdd(parent.Id, []);
                children[parent.Id].Add(id);
            }
        }

        return children;
    }

    // Manager hierarchy security (dataverse-facts 5.5, hierarchy-security): a manager holding the privilege at any depth reads
    // the rows of reports to the configured depth and writes and appends those of the nearest levels.
    private bool ThroughHierarchy(AccessRight right, (Guid? User, Guid? Team) owner)
    {
        if (_options.ManagerHierarchyDepth is not { } depth || right is not (AccessRight.Read or AccessRight.Write or AccessRight.Append or AccessRight.AppendTo))
        {
            return false;
        }

        _reports ??= Reports(depth);
        var level = owner.User is { } user
            ? _reports.GetValueOrDefault(user)
            : owner.Team is { } team ? Members(team).Select(member => _reports.GetValueOrDefault(member)).Where(l => l > 0).DefaultIfEmpty(0).Min() : 0;
        return level > 0 && (right == AccessRight.Read || level <= _options.ManagerHierarchyWriteDepth);
    }

    private IEnumerable<Guid> Members(Guid teamId) =>
        Principal.Linked(_database, StandardSecurityTables.TeamMembership, "teamid", teamId, "systemuserid");

    // Reports by level below the caller along parentsystemuserid. A manager must be in the report's business unit or its
    // parent (ManagersMustBeInSameOrParentBusinessUnitAsReports, true by default); reports outside that are skipped, not their reports.
    private Dictionary<Guid, int> Reports(int depth)
    {
        var reports = new Dictionary<Guid, int>();
        var users = _database.Existing("systemuser");
        if (users is null)
        {
            return reports;
        }

        var parentOrdinal = users.Metadata.OrdinalOf("parentsystemuserid");
        var unitOrdinal = users.Metadata.OrdinalOf("businessunitid");
        var seen = new HashSet<Guid> { Principal.UserId };
        var level = new List<Guid> { Principal.UserId };
        for (var distance = 1; distance <= depth && level.Count > 0; distance++)
        {
            var next = new List<Guid>();
            foreach (var managerId in level)
            {
                foreach (var reportId in users.Lookup(parentOrdinal, managerId).Where(seen.Add))
                {
                    next.Add(reportId);
                    if (users.TryGet(reportId, out var report) && ManagesAcrossUnits((report[unitOrdinal] as StoredReference)?.Id))
                    {
                        reports[reportId] = distance;
                    }
                }
            }

            level = next;
        }

        return reports;
    }

    private bool ManagesAcrossUnits(Guid? reportUnit)
    {
        if (reportUnit is not { } unit || unit == Principal.BusinessUnitId)
        {
            return reportUnit is not null;
        }

        _childUnits ??= ChildUnits();
        return _childUnits.TryGetValue(Principal.BusinessUnitId, out var children) && children.Contains(unit);
    }
}
