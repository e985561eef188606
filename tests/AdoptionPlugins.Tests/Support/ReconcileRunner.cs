using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Calls the reconcile custom API through the organization, page after page as the flow does.</summary>
public static class ReconcileRunner
{
    /// <summary>Runs a whole reconcile of November as <paramref name="callerId"/>, one page after another.</summary>
    public static IReadOnlyList<ReconcilePage> RunToEnd(CaptureOrganization org, Guid callerId, string? userIds = null, int? pageSize = null)
    {
        var pages = new List<ReconcilePage>();
        string? cursor = null;
        do
        {
            var page = RunPage(org, callerId, cursor, userIds, pageSize);
            pages.Add(page);
            cursor = page.Response[ReconcileActivityMessage.HasMore] is true ? (string)page.Response[ReconcileActivityMessage.NextCursor] : null;
        }
        while (cursor is not null);

        return pages;
    }

    /// <summary>One page: <c>Execute(new OrganizationRequest("adopt_ReconcileActivity"))</c> as the caller, for November.</summary>
    public static ReconcilePage RunPage(CaptureOrganization org, Guid callerId, string? cursor, string? userIds = null, int? pageSize = null)
    {
        var request = new OrganizationRequest(ReconcileActivityMessage.UniqueName)
        {
            [ReconcileActivityMessage.FromDate] = CaptureOrganization.November.First,
            [ReconcileActivityMessage.ToDate] = CaptureOrganization.November.Last,
        };
        AddIfSet(request, ReconcileActivityMessage.Cursor, cursor);
        AddIfSet(request, ReconcileActivityMessage.UserIds, userIds);
        AddIfSet(request, ReconcileActivityMessage.PageSize, pageSize);
        var started = org.Clock.UtcNow;
        var response = org.ServiceFor(callerId).Execute(request);
        return new ReconcilePage(response, org.Clock.UtcNow - started);
    }

    /// <summary>Every stored activity day, one line each, in a fixed order, for comparing two ways of computing them.</summary>
    public static IReadOnlyList<string> DaysSnapshot(CaptureOrganization org) => org.Rows(ActivityDay.EntityName)
        .Select(row => string.Join(
            " ",
            row.GetAttributeValue<string>(ActivityDay.Name),
            string.Join(",", new[]
            {
                ActivityDay.TaskCount, ActivityDay.PhoneCallCount, ActivityDay.MeetingCount, ActivityDay.EmailSentCount, ActivityDay.EmailTrackedCount,
                ActivityDay.NoteCount, ActivityDay.OpportunityCreatedCount, ActivityDay.OpportunityWorkedCount, ActivityDay.OpportunityWonCount,
                ActivityDay.CompletedCount, ActivityDay.LoggedOnBehalfCount, ActivityDay.TotalCount,
            }.Select(column => row.GetAttributeValue<int>(column).ToString(CultureInfo.InvariantCulture))),
            Time(row, ActivityDay.FirstActivityOn),
            Time(row, ActivityDay.LastActivityOn)))
        .Order(StringComparer.Ordinal)
        .ToList();

    private static string Time(Entity row, string column) =>
        row.GetAttributeValue<DateTime?>(column)?.ToString("u", CultureInfo.InvariantCulture) ?? "-";

    private static void AddIfSet(OrganizationRequest request, string name, object? value)
    {
        if (value is not null)
        {
            request[name] = value;
        }
    }
}
