using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads and writes the message log (<c>adopt_nudge</c>): one row per message key, so a retry finds what it already did.</summary>
public sealed class NudgeGateway
{
    private static readonly string[] Columns = [Nudge.RecipientId, Nudge.Kind, Nudge.Day, Nudge.Outcome];

    private readonly IOrganizationService _service;

    public NudgeGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>The row id of a message: the UUID v5 of its key, the same however often the run is retried.</summary>
    public static Guid IdOf(string messageKey) => DeterministicGuid.Create(messageKey ?? throw new ArgumentNullException(nameof(messageKey)));

    /// <summary>
    /// The log of these recipients (all of them when null) from <paramref name="since"/> on: every row, withheld ones included;
    /// one request per 5,000 rows.
    /// </summary>
    public IReadOnlyList<LoggedNudge> Read(IReadOnlyCollection<Guid>? recipientIds, DateTime since)
    {
        if (recipientIds is { Count: 0 })
        {
            return [];
        }

        var query = new QueryExpression(Nudge.EntityName) { ColumnSet = new ColumnSet(Columns) };
        query.Criteria.AddCondition(Nudge.Day, ConditionOperator.OnOrAfter, since.Date);
        if (recipientIds is not null)
        {
            query.Criteria.AddCondition(Nudge.RecipientId, ConditionOperator.In, recipientIds.Distinct().Cast<object>().ToArray());
        }

        query.AddOrder(Nudge.PrimaryId, OrderType.Ascending);
        return QueryPaging.All(_service, query).Select(FromRow).OfType<LoggedNudge>().ToList();
    }

    /// <summary>One upsert: the decision with its texts and why, owned by the recipient; the email sent, when there was one.</summary>
    public void Write(MessageDecision decision, Guid? emailId)
    {
        _ = decision ?? throw new ArgumentNullException(nameof(decision));
        var candidate = decision.Candidate;
        var message = candidate.Message;
        var recipient = new EntityReference(SystemUser.EntityName, candidate.Recipient.UserId);
        var row = new Entity(Nudge.EntityName, IdOf(candidate.Key))
        {
            [Nudge.Name] = ColumnText.Cut(message.Title, Nudge.NameMaxLength),
            [Nudge.RecipientId] = recipient,
            [Nudge.OwnerId] = recipient,
            [Nudge.Kind] = new OptionSetValue(EvaluationChoices.ValueOf(candidate.Kind)),
            [Nudge.Day] = candidate.Day,
            [Nudge.Outcome] = new OptionSetValue(EvaluationChoices.ValueOf(decision.Outcome)),
            [Nudge.Reason] = ColumnText.Cut(decision.Log, Nudge.ReasonMaxLength),
            [Nudge.Channels] = ColumnText.Cut(Describe(decision.Outcome == MessageOutcome.Withheld ? candidate.Channels : decision.Channels), Nudge.ChannelsMaxLength),
            [Nudge.Body] = ColumnText.Cut(message.Body, Nudge.BodyMaxLength),
            [Nudge.EmailBody] = ColumnText.Cut(message.Subject + "\n\n" + message.EmailText, Nudge.EmailBodyMaxLength),
            [Nudge.Language] = message.LanguageId,
            [Nudge.MessageKey] = ColumnText.Cut(candidate.Key, Nudge.MessageKeyMaxLength),
        };
        if (emailId is { } email)
        {
            row[Nudge.EmailId] = new EntityReference(Email.EntityName, email);
        }

        _service.Execute(new UpsertRequest { Target = row });
    }

    /// <summary>"In-app, email": how the log names channels.</summary>
    public static string Describe(MessageChannels channels) =>
        channels == MessageChannels.None ? "None"
        : string.Join(", ", new[] { channels.HasFlag(MessageChannels.InApp) ? "In-app" : null, channels.HasFlag(MessageChannels.Email) ? "Email" : null }.Where(part => part is not null));

    private static LoggedNudge? FromRow(Entity row)
    {
        var recipient = ColumnReader.Get<EntityReference>(row, Nudge.RecipientId);
        var kind = ColumnReader.GetChoice(row, Nudge.Kind);
        var day = ColumnReader.GetValue<DateTime>(row, Nudge.Day);
        var outcome = ColumnReader.GetChoice(row, Nudge.Outcome);
        return recipient is null || kind is null || day is null || outcome is null
            ? null
            : new LoggedNudge(recipient.Id, EvaluationChoices.KindOf(kind.Value), day.Value, EvaluationChoices.OutcomeOf(outcome.Value));
    }
}
