using System;
using System.Collections.Generic;
using AdoptionPlugins.Simulation.Organization;

namespace AdoptionPlugins.Simulation.Work;

/// <summary>
/// One thing a person (or server-side sync, or the integration) does at one moment, what it is, and the counts the design says it
/// must raise, stated independently of the capture code so the simulation can check the capture.
/// </summary>
public sealed class WorkItem
{
    private readonly Action<SimulatedOrganization> _perform;

    public WorkItem(DateTime utc, WorkKind kind, Action<SimulatedOrganization> perform, IReadOnlyList<ExpectedCredit> credits)
    {
        Utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        Kind = kind;
        _perform = perform ?? throw new ArgumentNullException(nameof(perform));
        Credits = credits ?? throw new ArgumentNullException(nameof(credits));
    }

    public DateTime Utc { get; }

    public WorkKind Kind { get; }

    public IReadOnlyList<ExpectedCredit> Credits { get; }

    /// <summary>The rows this item writes that must credit nobody: an import's or a migration's.</summary>
    public IReadOnlyList<Guid> UncreditedRows { get; init; } = [];

    public void Perform(SimulatedOrganization organization) => _perform(organization);
}
