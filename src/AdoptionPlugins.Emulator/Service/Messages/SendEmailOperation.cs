using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Service.Messages;

// SendEmail (dataverse-facts 6.2): the email must exist, be open (Draft or Failed) and have a recipient. IssueSend = true
// moves it to Pending Send (statuscode 6) as the caller, then delivery marks it Sent (statuscode 3) with senton, as SYSTEM
// would; IssueSend = false only records it as Sent, without senton, because nothing was delivered. A tracking token, when
// given, is appended to the subject; the emulator never generates one.
// The sender may be a user or a queue. SentEmails reads back what was delivered.
internal sealed class SendEmailOperation
{
    public const string RequestName = "SendEmail";

    private const int OpenState = 0;
    private const int CompletedState = 1;
    private const int PendingSend = 6;
    private const int Sent = 3;

    private static readonly string[] Recipients = ["to", "cc", "bcc"];

    private readonly MessageContext _context;

    public SendEmailOperation(MessageContext context)
    {
        _context = context;
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        var emailId = RequestParameters.RequiredValue<Guid>(request, "EmailId");
        var issueSend = RequestParameters.OptionalValue<bool>(request, "IssueSend") ?? false;
        var trackingToken = RequestParameters.Optional<string>(request, "TrackingToken");
        var email = _context.AsCaller.Retrieve("email", emailId, new ColumnSet("subject", "statecode", "statuscode", "from", "to", "cc", "bcc"));
        if (email.GetAttributeValue<OptionSetValue>("statecode")?.Value != OpenState)
        {
            throw Fault.Create(
                ErrorCodes.InvalidState,
                $"The object is not in a valid state to perform this operation. Email {emailId} has status reason {email.GetAttributeValue<OptionSetValue>("statuscode")?.Value}; only a draft can be sent.");
        }

        if (!Recipients.Any(column => email.GetAttributeValue<EntityCollection>(column)?.Entities.Count > 0))
        {
            throw Fault.Create(ErrorCodes.EmailRecipientNotSpecified, "The e-mail must have at least one recipient before it can be sent");
        }

        var subject = string.IsNullOrEmpty(trackingToken) ? email.GetAttributeValue<string>("subject") : $"{email.GetAttributeValue<string>("subject")} {trackingToken}";
        var sending = Status(email.Id, issueSend ? PendingSend : Sent);
        if (!string.IsNullOrEmpty(trackingToken))
        {
            sending["subject"] = subject;
            sending["trackingtoken"] = trackingToken;
        }

        // An email without a sender goes out from the calling user (UNVERIFIED; the product always names a queue).
        if (!(email.GetAttributeValue<EntityCollection>("from")?.Entities.Count > 0))
        {
            sending["from"] = new EntityCollection([new Entity("activityparty") { ["partyid"] = new EntityReference("systemuser", _context.CallerId) }]);
        }

        _context.AsCaller.Update(sending);
        if (issueSend)
        {
            var delivered = Status(email.Id, Sent);
            delivered["senton"] = _context.UtcNow;
            _context.AsSystem.Update(delivered);
        }

        var response = new SendEmailResponse { ResponseName = RequestName };
        response.Results["Subject"] = subject;
        return response;
    }

    // Pending Send and Sent are both status reasons of the Completed state (dataverse-facts 5.1).
    private static Entity Status(Guid emailId, int status) => new("email", emailId)
    {
        ["statecode"] = new OptionSetValue(CompletedState),
        ["statuscode"] = new OptionSetValue(status),
    };
}
