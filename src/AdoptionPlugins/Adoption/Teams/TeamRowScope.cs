using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Teams;

/// <summary>
/// Whose team rows of the day one page of leaders answers for, so that a team now too small to show, or left with nobody, loses
/// the row an earlier run of the day wrote: the page's own leaders, and on the phase's first page everyone in the run's scope who
/// is no longer a leader at all (no later page sees them).
/// </summary>
public sealed class TeamRowScope
{
    private readonly HashSet<Guid> _batch;
    private readonly HashSet<Guid> _leaders;
    private readonly HashSet<Guid>? _scope;

    /// <param name="batch">The leaders of this page.</param>
    /// <param name="leaders">Every leader of the run (within its scope), on every page.</param>
    /// <param name="scope">The users the run is limited to; null for the whole organization.</param>
    /// <param name="firstPage">Whether this is the team phase's first page.</param>
    public TeamRowScope(IEnumerable<Guid> batch, IEnumerable<Guid> leaders, IEnumerable<Guid>? scope, bool firstPage)
    {
        _batch = [.. batch ?? throw new ArgumentNullException(nameof(batch))];
        _leaders = [.. leaders ?? throw new ArgumentNullException(nameof(leaders))];
        _scope = scope is null ? null : [.. scope];
        CoversFormerLeaders = firstPage;
    }

    /// <summary>The leaders of this page, in no particular order.</summary>
    public IReadOnlyCollection<Guid> Batch => _batch;

    /// <summary>Whether the page also answers for former leaders, so it looks at every team row of the day, not only its own leaders'.</summary>
    public bool CoversFormerLeaders { get; }

    /// <summary>Whether this page decides about the row of <paramref name="managerId"/>'s team.</summary>
    public bool AnswersFor(Guid managerId) =>
        _batch.Contains(managerId) || (CoversFormerLeaders && !_leaders.Contains(managerId) && (_scope is null || _scope.Contains(managerId)));

    /// <summary>The team rows of <paramref name="stored"/> this page decides about.</summary>
    public IEnumerable<StoredSummary> Of(IEnumerable<StoredSummary> stored) =>
        (stored ?? throw new ArgumentNullException(nameof(stored))).Where(row => row.ManagerId is { } manager && AnswersFor(manager));
}
