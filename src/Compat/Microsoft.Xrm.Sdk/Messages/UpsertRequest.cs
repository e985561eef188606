namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates or updates a record identified by id or alternate key.</summary>
public sealed class UpsertRequest : OrganizationRequest
{
    public UpsertRequest()
    {
        RequestName = "Upsert";
        Parameters["Target"] = null;
    }

    public Entity Target
    {
        get => Parameters.Contains("Target") ? (Entity)Parameters["Target"] : default;
        set => Parameters["Target"] = value;
    }
}
