using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.QuickWins;
using EvaluationChoices = AdoptionPlugins.Schema.EvaluationChoices;
using Opportunity = AdoptionPlugins.Schema.Opportunity;
using SystemUser = AdoptionPlugins.Schema.SystemUser;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Win = AdoptionPlugins.Schema.QuickWin;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads and writes <c>adopt_quickwin</c> rows: one per win key, so a win found again is never raised twice.</summary>
public sealed class QuickWinGateway
{
    private readonly IOrganizationService _service;

    public QuickWinGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    public static Guid IdOf(string winKey) => DeterministicGuid.Create(winKey ?? throw new ArgumentNullException(nameof(winKey)));

    /// <summary>Which of these keys were raised already: one request per 500 keys, none without keys.</summary>
    public IReadOnlyCollection<string> RaisedAmong(IEnumerable<string> winKeys)
    {
        var keys = (winKeys ?? throw new ArgumentNullException(nameof(winKeys))).Distinct(StringComparer.Ordinal).ToList();
        var raised = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < keys.Count; start += 500)
        {
            var query = new QueryExpression(Win.EntityName) { ColumnSet = new ColumnSet(Win.WinKey) };
            query.Criteria.AddCondition(Win.PrimaryId, ConditionOperator.In, keys.Skip(start).Take(500).Select(IdOf).Cast<object>().ToArray());
            raised.UnionWith(_service.RetrieveMultiple(query).Entities.Select(row => ColumnReader.Get<string>(row, Win.WinKey)).OfType<string>());
        }

        return raised;
    }

    /// <summary>One upsert: the win, its title and the text the dashboard shows, owned by the person celebrated or the team's manager.</summary>
    public void Write(QuickWin win, string title, string body)
    {
        _ = win ?? throw new ArgumentNullException(nameof(win));
        var owner = new EntityReference(SystemUser.EntityName, OwnerOf(win));
        var row = new Entity(Win.EntityName, IdOf(win.Key))
        {
            [Win.Name] = ColumnText.Cut(title, Win.NameMaxLength),
            [Win.Kind] = new OptionSetValue(EvaluationChoices.ValueOf(win.Kind)),
            [Win.Day] = win.Day,
            [Win.UserId] = owner,
            [Win.OwnerId] = owner,
            [Win.Body] = ColumnText.Cut(body, Win.BodyMaxLength),
            [Win.WinKey] = win.Key,
        };
        if (win.Deal is { } deal)
        {
            row[Win.OpportunityId] = new EntityReference(Opportunity.EntityName, deal.Id);
            row[Win.ActivityCount] = deal.LoggedActivities;
        }

        _service.Execute(new UpsertRequest { Target = row });
    }

    /// <summary>The person a win is about, the manager of a team, or the owner of a deal.</summary>
    public static Guid OwnerOf(QuickWin win) =>
        (win ?? throw new ArgumentNullException(nameof(win))).Person ?? win.TeamManagerId ?? win.Deal?.OwnerId ?? win.Involved[0];
}
