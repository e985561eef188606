using System;

namespace AdoptionPlugins.Tooling.Tables;

/// <summary>One system view, <c>Entities/&lt;Table&gt;/SavedQueries/{id}.xml</c>.</summary>
public sealed record ViewDefinition
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required ViewType Type { get; init; }

    /// <summary>The default view of its type.</summary>
    public bool IsDefault { get; init; }

    public bool IsQuickFind { get; init; }

    public bool IsCustomizable { get; init; } = true;

    /// <summary>System views cannot be deleted; views a maker adds can.</summary>
    public bool CanBeDeleted { get; init; }

    public bool IsPrivate { get; init; }

    public string IntroducedVersion { get; init; } = "1.0";

    public string? Description { get; init; }

    /// <summary>The grid; offline templates have none.</summary>
    public GridLayout? Layout { get; init; }

    /// <summary>The <c>&lt;fetch&gt;</c> element as compact XML (no indentation), so equal queries compare equal.</summary>
    public required string FetchXml { get; init; }
}
