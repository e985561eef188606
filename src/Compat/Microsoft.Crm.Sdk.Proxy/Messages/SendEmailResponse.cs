using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The subject of the sent email, tracking token included.</summary>
public sealed class SendEmailResponse : OrganizationResponse
{
    public SendEmailResponse()
    {
    }

    public string Subject => Results.Contains("Subject") ? (string)Results["Subject"] : default;
}
