using System;

namespace AdoptionPlugins.Simulation.Organization;

/// <summary>One person (or the integration) of the simulated organization and how they behave, decided before anything runs.</summary>
public sealed record PlannedPerson
{
    public required Guid Id { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public string FullName => $"{FirstName} {LastName}";

    public required string Title { get; init; }

    public required Persona Persona { get; init; }

    public required Region Region { get; init; }

    public required Workplace Workplace { get; init; }

    /// <summary>The Dynamics 365 Sales role the person holds, which the evaluation reads to decide their tier.</summary>
    public required string BusinessRole { get; init; }

    public Guid? ManagerId { get; init; }

    /// <summary>The chance that the person logs work in the CRM on a working day (0 to 1).</summary>
    public double Engagement { get; init; }

    /// <summary>The simulation day from which the person stops logging anything.</summary>
    public int? LapsesOnDay { get; init; }

    /// <summary>The simulation day the person's user is created; null for people there from the start.</summary>
    public int? JoinsOnDay { get; init; }

    /// <summary>The first and last simulation day the person is away, recorded as an adopt_leaveperiod row.</summary>
    public DayRange? Leave { get; init; }

    /// <summary>For the assistant: the executive whose tasks and meetings they log.</summary>
    public Guid? LogsForId { get; init; }

    /// <summary>Whether the person is a licensed human whose use of the CRM the product measures (everyone but the integration).</summary>
    public bool IsPerson => Persona != Persona.IntegrationUser;

    /// <summary>Whether the person works on this simulation day: joined, not on leave.</summary>
    public bool IsAt(int day) => (JoinsOnDay is not { } joins || day >= joins) && Leave?.Contains(day) != true;

    /// <summary>How likely the person logs work on this working day, after joining, leave and lapsing.</summary>
    public double EngagementOn(int day) => !IsAt(day) || (LapsesOnDay is { } lapse && day >= lapse) ? 0 : Engagement;
}
