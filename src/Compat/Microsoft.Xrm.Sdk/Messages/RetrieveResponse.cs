namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The retrieved record.</summary>
public sealed class RetrieveResponse : OrganizationResponse
{
    public RetrieveResponse()
    {
    }

    public Entity Entity => Results.Contains("Entity") ? (Entity)Results["Entity"] : default;
}
