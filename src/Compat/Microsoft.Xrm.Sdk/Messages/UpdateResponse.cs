namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The empty answer to an update.</summary>
public sealed class UpdateResponse : OrganizationResponse
{
    public UpdateResponse()
    {
    }
}
