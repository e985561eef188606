using System;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>One <c>SdkMessageProcessingStepImage</c>: a snapshot of the row handed to the plugin under <see cref="EntityAlias"/>.</summary>
public sealed record StepImageRegistration
{
    public required Guid Id { get; init; }

    /// <summary>The <c>Name</c> attribute; the Plugin Registration Tool makes it equal to the alias.</summary>
    public required string Name { get; init; }

    /// <summary>The key of the image in <c>PreEntityImages</c>/<c>PostEntityImages</c> (dataverse-facts 1.5).</summary>
    public required string EntityAlias { get; init; }

    public required ImageType ImageType { get; init; }

    /// <summary>The columns in the image; empty means all columns.</summary>
    public ValueList<string> Attributes { get; init; } = [];

    /// <summary>The request parameter that names the row: <c>Target</c>, or <c>id</c> for a post-image on Create.</summary>
    public string MessagePropertyName { get; init; } = "Target";

    public bool IsCustomizable { get; init; } = true;
}
