using System;
using System.Globalization;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Adoption.Teams;

/// <summary>One group's adoption totals on one evaluation day, as a summary row stores them for sponsors and managers to read.</summary>
public sealed class SummaryRow
{
    public SummaryRow(GroupKind kind, string groupKey, string name, Guid? managerId, DateTime day, GroupTotals totals, int loggedLast7Days)
    {
        if (string.IsNullOrWhiteSpace(groupKey))
        {
            throw new ArgumentException("A summary row needs the key of its group.", nameof(groupKey));
        }

        if (kind == GroupKind.Team && managerId is null)
        {
            throw new ArgumentException("A team's summary row needs the team's manager.", nameof(managerId));
        }

        Kind = kind;
        GroupKey = groupKey;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        ManagerId = managerId;
        Day = day.Date;
        Totals = totals ?? throw new ArgumentNullException(nameof(totals));
        LoggedLast7Days = loggedLast7Days;
    }

    public GroupKind Kind { get; }

    /// <summary>"organization", "tier:executive" or "team:" and the manager's id: the same group on every day.</summary>
    public string GroupKey { get; }

    /// <summary>The group as people read it: "Everyone", "Executives", "Hugo Nakamura's team".</summary>
    public string Name { get; }

    /// <summary>The team's manager, for team rows; null for the organization and tiers.</summary>
    public Guid? ManagerId { get; }

    public DateTime Day { get; }

    public GroupTotals Totals { get; }

    /// <summary>What the group's members logged themselves in the seven days before <see cref="Day"/>.</summary>
    public int LoggedLast7Days { get; }

    /// <summary>The group and the day: a second run on the same day finds the same key and rewrites the row.</summary>
    public string Key => string.Format(CultureInfo.InvariantCulture, "summary:{0}:{1:yyyy-MM-dd}", GroupKey, Day);

    /// <summary>The row's id: the UUID v5 of <see cref="Key"/>, the same on every run of the day.</summary>
    public Guid Id => DeterministicGuid.Create(Key);
}
