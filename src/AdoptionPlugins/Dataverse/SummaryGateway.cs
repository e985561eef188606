using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Teams;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Summary = AdoptionPlugins.Schema.AdoptionSummary;
using SystemUser = AdoptionPlugins.Schema.SystemUser;

namespace AdoptionPlugins.Dataverse;

/// <summary>Writes <c>adopt_adoptionsummary</c> rows: one upsert per group and day, so a repeated run rewrites instead of adding.</summary>
public sealed class SummaryGateway
{
    private readonly IOrganizationService _service;

    public SummaryGateway(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>The row id of a group's totals on a day: the UUID v5 of its key.</summary>
    public static Guid IdOf(string summaryKey) => DeterministicGuid.Create(summaryKey ?? throw new ArgumentNullException(nameof(summaryKey)));

    /// <summary>
    /// One upsert per row. A team's row is owned by its manager, so the manager reads it at Basic depth and their own managers
    /// through hierarchy security (dataverse-facts 5.5, 7.1); the organization's and tiers' rows by <paramref name="groupOwner"/>,
    /// or, without one, by whoever the evaluation runs as.
    /// </summary>
    public void Write(IEnumerable<SummaryRow> rows, EntityReference? groupOwner)
    {
        foreach (var summary in rows ?? throw new ArgumentNullException(nameof(rows)))
        {
            var totals = summary.Totals;
            var row = new Entity(Summary.EntityName, IdOf(summary.Key))
            {
                [Summary.Name] = ColumnText.Cut(summary.Name, Summary.NameMaxLength),
                [Summary.GroupKind] = new OptionSetValue(Summary.ValueOf(summary.Kind)),
                [Summary.Day] = summary.Day,
                [Summary.People] = totals.People,
                [Summary.Active] = totals.Active,
                [Summary.Slipping] = totals.Slipping,
                [Summary.Inactive] = totals.Inactive,
                [Summary.NewStarters] = totals.NewStarters,
                [Summary.OnLeave] = totals.OnLeave,
                [Summary.ActivePercent] = totals.ActivePercent,
                [Summary.LoggedLast7Days] = summary.LoggedLast7Days,
                [Summary.SummaryKey] = ColumnText.Cut(summary.Key, Summary.SummaryKeyMaxLength),
            };
            if (summary.ManagerId is { } managerId)
            {
                var manager = new EntityReference(SystemUser.EntityName, managerId);
                row[Summary.ManagerId] = manager;
                row[Summary.OwnerId] = manager;
            }
            else if (groupOwner is not null)
            {
                row[Summary.OwnerId] = groupOwner;
            }

            _service.Execute(new UpsertRequest { Target = row });
        }
    }
}
