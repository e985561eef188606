namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The empty answer to a delete.</summary>
public sealed class DeleteResponse : OrganizationResponse
{
    public DeleteResponse()
    {
    }
}
