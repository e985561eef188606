using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.QuickWins;

/// <summary>A won opportunity and the CRM work behind it: how many activities people logged on it, and who.</summary>
public sealed class WonOpportunity
{
    public WonOpportunity(Guid id, string name, DateTime wonOn, Guid ownerId, int loggedActivities, IEnumerable<Guid>? loggedBy = null)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A won opportunity needs its id.", nameof(id));
        }

        if (loggedActivities < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(loggedActivities), loggedActivities, "A count of logged activities cannot be negative.");
        }

        Id = id;
        Name = string.IsNullOrWhiteSpace(name) ? id.ToString() : name.Trim();
        WonOn = wonOn.Date;
        OwnerId = ownerId;
        LoggedActivities = loggedActivities;
        LoggedBy = (loggedBy ?? []).Where(user => user != Guid.Empty).Distinct().ToArray();
    }

    public Guid Id { get; }

    public string Name { get; }

    /// <summary>The close date (opportunity.actualclosedate is DateOnly, dataverse-facts 4.8).</summary>
    public DateTime WonOn { get; }

    public Guid OwnerId { get; }

    /// <summary>Activities on the opportunity that people logged themselves (credited activity signals, not imports or sync).</summary>
    public int LoggedActivities { get; }

    /// <summary>The people who logged them.</summary>
    public IReadOnlyList<Guid> LoggedBy { get; }
}
