using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves one record by id or by alternate key.</summary>
public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        Parameters["Target"] = null;
        Parameters["ColumnSet"] = null;
    }

    public ColumnSet ColumnSet
    {
        get => Parameters.Contains("ColumnSet") ? (ColumnSet)Parameters["ColumnSet"] : default;
        set => Parameters["ColumnSet"] = value;
    }

    public EntityReference Target
    {
        get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : default;
        set => Parameters["Target"] = value;
    }
}
