using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Service.Messages;

/// <summary>Reads back the emails that were delivered (sent with SendEmail and IssueSend, or tracked with a senton date), oldest first, so tests can assert who got what.</summary>
public static class SentEmails
{
    public static IReadOnlyList<SentEmail> Read(IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var query = new QueryExpression("email") { ColumnSet = new ColumnSet("subject", "description", "from", "to", "cc", "bcc", "regardingobjectid", "senton") };
        query.Criteria.AddCondition("statuscode", ConditionOperator.Equal, 3);
        query.Criteria.AddCondition("senton", ConditionOperator.NotNull);
        query.AddOrder("senton", OrderType.Ascending);
        return [.. service.RetrieveMultiple(query).Entities.Select(email => new SentEmail(
            email.Id,
            email.GetAttributeValue<string>("subject"),
            email.GetAttributeValue<string>("description"),
            Parties(email, "from"),
            Parties(email, "to"),
            Parties(email, "cc"),
            Parties(email, "bcc"),
            email.GetAttributeValue<EntityReference>("regardingobjectid"),
            email.GetAttributeValue<DateTime>("senton")))];
    }

    private static EmailParty[] Parties(Entity email, string column) =>
        email.GetAttributeValue<EntityCollection>(column) is { } parties
            ? [.. parties.Entities.Select(p => new EmailParty(p.GetAttributeValue<EntityReference>("partyid"), p.GetAttributeValue<string>("addressused")))]
            : [];
}
