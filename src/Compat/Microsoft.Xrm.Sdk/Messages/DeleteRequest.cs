namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Deletes a record, optionally only while its row version still matches.</summary>
public sealed class DeleteRequest : OrganizationRequest
{
    public DeleteRequest()
    {
        RequestName = "Delete";
        Parameters["Target"] = null;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => Parameters.Contains("ConcurrencyBehavior") ? (ConcurrencyBehavior)Parameters["ConcurrencyBehavior"] : default;
        set => Parameters["ConcurrencyBehavior"] = value;
    }

    public EntityReference Target
    {
        get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : default;
        set => Parameters["Target"] = value;
    }
}
