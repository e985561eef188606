using System;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Forms;

/// <summary>
/// A table's main form, <c>Entities/&lt;Table&gt;/FormXml/main/{id}.xml</c>: one tab of labelled sections. Without it a new table
/// gets the platform's default form with only the name and owner, on which a leave period could not even be given its dates.
/// </summary>
public sealed record MainFormDefinition
{
    public required Guid Id { get; init; }

    public required string TableSchemaName { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The label of the form's one tab.</summary>
    public required string TabLabel { get; init; }

    public required ValueList<FormSection> Sections { get; init; }

    public string IntroducedVersion { get; init; } = "1.0";

    public bool IsCustomizable { get; init; } = true;

    public bool CanBeDeleted { get; init; } = true;
}
