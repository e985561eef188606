namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates a record, optionally only while its row version still matches.</summary>
public sealed class UpdateRequest : OrganizationRequest
{
    public UpdateRequest()
    {
        RequestName = "Update";
        Parameters["Target"] = null;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => Parameters.Contains("ConcurrencyBehavior") ? (ConcurrencyBehavior)Parameters["ConcurrencyBehavior"] : default;
        set => Parameters["ConcurrencyBehavior"] = value;
    }

    public Entity Target
    {
        get => Parameters.Contains("Target") ? (Entity)Parameters["Target"] : default;
        set => Parameters["Target"] = value;
    }
}
