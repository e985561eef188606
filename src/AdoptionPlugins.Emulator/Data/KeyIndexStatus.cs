namespace AdoptionPlugins.Emulator.Data;

/// <summary>The state of an alternate key's index, as EntityKeyMetadata.EntityKeyIndexStatus reports it (dataverse-facts 4.1).</summary>
public enum KeyIndexStatus
{
    Pending,
    Active,
    Failed,
}
