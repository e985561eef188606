namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>The <c>allowedcustomprocessingsteptype</c> of a custom API: which steps others may register on its message (dataverse-facts 2.1).</summary>
public enum CustomProcessingStepType
{
    None = 0,
    AsyncOnly = 1,
    SyncAndAsync = 2,
}
