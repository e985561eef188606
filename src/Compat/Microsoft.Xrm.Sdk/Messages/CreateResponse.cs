using System;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The id of the created record.</summary>
public sealed class CreateResponse : OrganizationResponse
{
    public CreateResponse()
    {
    }

    public Guid id => Results.Contains("id") ? (Guid)Results["id"] : default;
}
