namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>One page of query results.</summary>
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public RetrieveMultipleResponse()
    {
    }

    public EntityCollection EntityCollection => Results.Contains("EntityCollection") ? (EntityCollection)Results["EntityCollection"] : default;
}
