using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a query.</summary>
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Parameters["Query"] = null;
    }

    public QueryBase Query
    {
        get => Parameters.Contains("Query") ? (QueryBase)Parameters["Query"] : default;
        set => Parameters["Query"] = value;
    }
}
