namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>The <c>Stage</c> of a registered step; 30 (main operation) belongs to the platform and custom APIs and is never registered (dataverse-facts 1.6).</summary>
public enum PipelineStage
{
    PreValidation = 10,
    PreOperation = 20,
    PostOperation = 40,
}
