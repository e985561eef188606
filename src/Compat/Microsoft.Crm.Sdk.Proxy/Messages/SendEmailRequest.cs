using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Sends an email activity that already exists.</summary>
public sealed class SendEmailRequest : OrganizationRequest
{
    public SendEmailRequest()
    {
        RequestName = "SendEmail";
        Parameters["EmailId"] = Guid.Empty;
        Parameters["IssueSend"] = false;
    }

    public Guid EmailId
    {
        get => Parameters.Contains("EmailId") ? (Guid)Parameters["EmailId"] : default;
        set => Parameters["EmailId"] = value;
    }

    public bool IssueSend
    {
        get => Parameters.Contains("IssueSend") ? (bool)Parameters["IssueSend"] : default;
        set => Parameters["IssueSend"] = value;
    }

    public string TrackingToken
    {
        get => Parameters.Contains("TrackingToken") ? (string)Parameters["TrackingToken"] : default;
        set => Parameters["TrackingToken"] = value;
    }
}
