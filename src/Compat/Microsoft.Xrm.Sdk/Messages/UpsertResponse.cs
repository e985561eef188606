namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Whether an upsert created the record, and a reference to it.</summary>
public sealed class UpsertResponse : OrganizationResponse
{
    public UpsertResponse()
    {
    }

    public bool RecordCreated => Results.Contains("RecordCreated") ? (bool)Results["RecordCreated"] : default;

    public EntityReference Target => Results.Contains("Target") ? (EntityReference)Results["Target"] : default;
}
