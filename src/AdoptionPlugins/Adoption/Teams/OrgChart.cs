using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Teams;

/// <summary>Who reports to whom (systemuser.parentsystemuserid, dataverse-facts 5.5), so a manager only ever sees their own hierarchy.</summary>
public sealed class OrgChart
{
    /// <summary>The platform's hierarchy operators stop at 100 levels (dataverse-facts 5.5); so does this chart.</summary>
    public const int MaximumDepth = 100;

    private readonly Dictionary<Guid, UserFacts> _users;
    private readonly ILookup<Guid, Guid> _directReports;

    public OrgChart(IEnumerable<UserFacts> users)
    {
        _users = (users ?? throw new ArgumentNullException(nameof(users))).GroupBy(user => user.UserId).ToDictionary(group => group.Key, group => group.First());
        _directReports = _users.Values.Where(user => user.ManagerId is not null).ToLookup(user => user.ManagerId!.Value, user => user.UserId);
    }

    public UserFacts? Find(Guid userId) => _users.TryGetValue(userId, out var user) ? user : null;

    public string NameOf(Guid userId) => Find(userId)?.FullName ?? userId.ToString();

    public Guid? ManagerOf(Guid userId) => Find(userId)?.ManagerId;

    public bool HasReports(Guid userId) => _directReports[userId].Any();

    /// <summary>Everyone below the manager at any depth, never the manager, safe against loops in the data.</summary>
    public IReadOnlyList<Guid> ReportsOf(Guid managerId)
    {
        var found = new List<Guid>();
        var seen = new HashSet<Guid> { managerId };
        var level = new List<Guid> { managerId };
        for (var depth = 0; depth < MaximumDepth && level.Count > 0; depth++)
        {
            level = level.SelectMany(manager => _directReports[manager]).Where(seen.Add).ToList();
            found.AddRange(level);
        }

        return found;
    }
}
