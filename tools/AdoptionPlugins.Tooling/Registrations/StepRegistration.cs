using System;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>One <c>SdkMessageProcessingSteps/{id}.xml</c>: which plugin type runs for which message, table, stage and mode, with its images.</summary>
public sealed record StepRegistration
{
    /// <summary>The <c>SdkMessageProcessingStepId</c>, which is also the file name.</summary>
    public required Guid Id { get; init; }

    /// <summary>By convention <c>Ns.Type: Message of table</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The message as the pipeline names it (<c>Create</c>, <c>Update</c>, a custom API's unique name …).</summary>
    public required string MessageName { get; init; }

    /// <summary>
    /// The platform message id, written as <c>&lt;SdkMessageId&gt;</c>; null when the file names the message with
    /// <c>&lt;SdkMessageName&gt;</c> instead, as exports do for custom API messages.
    /// </summary>
    public Guid? SdkMessageId { get; init; }

    /// <summary>The table's logical name; null for a step on "any Entity".</summary>
    public string? PrimaryEntity { get; init; }

    /// <summary>The plug-in type's assembly-qualified name; null only for plug-in package types (see <see cref="PluginTypeExportKey"/>).</summary>
    public string? PluginTypeName { get; init; }

    public Guid? PluginTypeId { get; init; }

    /// <summary>Used instead of name and id by types that live in a plug-in package; we do not ship those (solution-format 3).</summary>
    public string? PluginTypeExportKey { get; init; }

    public required PipelineStage Stage { get; init; }

    public required StepMode Mode { get; init; }

    /// <summary>Execution order among steps on the same message, table and stage.</summary>
    public required int Rank { get; init; }

    /// <summary>Delete the system job when an asynchronous run succeeds.</summary>
    public bool AsyncAutoDelete { get; init; }

    /// <summary>The unsecure configuration passed to the plugin's constructor; null when the file has none.</summary>
    public string? Configuration { get; init; }

    public string? Description { get; init; }

    /// <summary>The columns whose presence in an Update fires the step, in file order; empty means every Update.</summary>
    public ValueList<string> FilteringAttributes { get; init; } = [];

    public int InvocationSource { get; init; }

    /// <summary>0 = server.</summary>
    public int SupportedDeployment { get; init; }

    public bool IsCustomizable { get; init; } = true;

    public bool IsHidden { get; init; }

    public string? IntroducedVersion { get; init; } = "1.0";

    public ValueList<StepImageRegistration> Images { get; init; } = [];

    /// <summary>The file that holds this step, relative to the solution folder.</summary>
    public string RelativePath => StepRegistrationXml.RelativePathOf(Id);
}
