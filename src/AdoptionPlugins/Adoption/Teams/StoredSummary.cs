using System;

namespace AdoptionPlugins.Adoption.Teams;

/// <summary>A summary row as an earlier run of the day stored it: enough to tell whether today's run still shows its group.</summary>
public sealed class StoredSummary
{
    public StoredSummary(Guid id, Guid? managerId)
    {
        Id = id;
        ManagerId = managerId;
    }

    /// <summary>The row id: the UUID v5 of the group's and day's key (<see cref="SummaryRow.Key"/>).</summary>
    public Guid Id { get; }

    /// <summary>The team's manager, on team rows; null for the organization and tiers.</summary>
    public Guid? ManagerId { get; }
}
