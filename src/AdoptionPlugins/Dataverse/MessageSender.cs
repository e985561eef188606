using System;
using System.Linq;
using System.Net;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Delivers a message that is due: an in-app notification to the recipient (SendAppNotification, dataverse-facts 6.1) and an
/// email from the sender queue, never from a person (an email row, then SendEmail, dataverse-facts 6.2). Two or three requests.
/// </summary>
public sealed class MessageSender
{
    /// <summary>Notifications stay as long as the period they belong to, at most the platform's 14 days by default.</summary>
    private const int ExpirySeconds = 14 * 24 * 60 * 60;

    private readonly IOrganizationService _service;
    private readonly Guid? _queueId;

    public MessageSender(IOrganizationService service, Guid? queueId)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _queueId = queueId;
    }

    /// <summary>Sends on the decision's channels and returns the email's id when one was sent.</summary>
    public Guid? Send(MessageDecision decision)
    {
        _ = decision ?? throw new ArgumentNullException(nameof(decision));
        var candidate = decision.Candidate;
        var recipient = new EntityReference(SystemUser.EntityName, candidate.Recipient.UserId);
        if (decision.Channels.HasFlag(MessageChannels.InApp))
        {
            _service.Execute(new OrganizationRequest(AppNotifications.MessageName)
            {
                [AppNotifications.Title] = ColumnText.Cut(candidate.Message.Title, 200),
                [AppNotifications.Body] = ColumnText.Cut(candidate.Message.Body, 5000),
                [AppNotifications.Recipient] = recipient,
                [AppNotifications.IconType] = new OptionSetValue(candidate.Kind == MessageKind.QuickWinNotice ? AppNotifications.IconSuccess : AppNotifications.IconInfo),
                [AppNotifications.ToastType] = new OptionSetValue(AppNotifications.ToastHidden),
                [AppNotifications.Expiry] = ExpirySeconds,
            });
        }

        if (!decision.Channels.HasFlag(MessageChannels.Email) || _queueId is not { } queue)
        {
            return null;
        }

        var email = new Entity(Email.EntityName)
        {
            [Email.Subject] = ColumnText.Cut(candidate.Message.Subject, 400),
            [Email.Description] = Html(candidate.Message),
            [Email.From] = Parties(new EntityReference(Queues.EntityName, queue)),
            [Email.To] = Parties(recipient),
        };
        var emailId = _service.Create(email);
        _service.Execute(new SendEmailRequest { EmailId = emailId, IssueSend = true, TrackingToken = string.Empty });
        return emailId;
    }

    /// <summary>The email's paragraphs as HTML, every character encoded: names and deal titles come from user data.</summary>
    public static string Html(ComposedMessage message) =>
        string.Concat((message ?? throw new ArgumentNullException(nameof(message))).EmailParagraphs
            .Select(paragraph => "<p>" + string.Join("<br />", paragraph.Split('\n').Select(WebUtility.HtmlEncode)) + "</p>"));

    private static EntityCollection Parties(EntityReference party) =>
        new([new Entity(Email.PartyEntityName) { [Email.PartyId] = party }]);
}
