using System;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Dashboards;

/// <summary>
/// A classic dashboard, <c>Dashboards/{id}.xml</c> (systemform type 0, MED <c>{7e7993b7-…}</c>): rows of equally wide components,
/// each row as high as the designer's twelve-row component.
/// </summary>
public sealed record DashboardDefinition
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>Rows of components from top to bottom; every row has the same number of components.</summary>
    public required ValueList<ValueList<DashboardComponent>> Rows { get; init; }

    public string IntroducedVersion { get; init; } = "1.0";

    public bool IsCustomizable { get; init; } = true;
}
