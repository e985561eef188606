namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a record.</summary>
public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
        Parameters["Target"] = null;
    }

    public Entity Target
    {
        get => Parameters.Contains("Target") ? (Entity)Parameters["Target"] : default;
        set => Parameters["Target"] = value;
    }
}
