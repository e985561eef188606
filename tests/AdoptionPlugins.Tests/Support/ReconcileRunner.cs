using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Calls the reconcile custom API page after page, as the flow does, counting each page's requests.</summary>
public static class ReconcileRunner
{
    /// <summary>Runs a whole reconcile; returns the requests each page made.</summary>
    public static IReadOnlyList<int> RunToEnd(CaptureOrganization org, Guid callerId, string? userIds = null, int? pageSize = null)
    {
        var pages = new List<int>();
        string? cursor = null;
        do
        {
            var counter = new CountingOrganizationService(org.SystemService);
            org.WrapPluginServices = _ => counter;
            var run = RunPage(org, callerId, cursor, userIds, pageSize);
            pages.Add(counter.Requests);
            cursor = run.Outputs[ReconcileActivityMessage.HasMore] is true ? (string)run.Outputs[ReconcileActivityMessage.NextCursor] : null;
        }
        while (cursor is not null);

        org.WrapPluginServices = service => service;
        return pages;
    }

    public static PluginRun RunPage(CaptureOrganization org, Guid callerId, string? cursor, string? userIds = null, int? pageSize = null)
    {
        var inputs = new Dictionary<string, object>
        {
            [ReconcileActivityMessage.FromDate] = CaptureOrganization.November.First,
            [ReconcileActivityMessage.ToDate] = CaptureOrganization.November.Last,
        };
        AddIfSet(inputs, ReconcileActivityMessage.Cursor, cursor);
        AddIfSet(inputs, ReconcileActivityMessage.UserIds, userIds);
        if (pageSize is { } size)
        {
            inputs[ReconcileActivityMessage.PageSize] = size;
        }

        return DirectPluginRun.CustomApi<ReconcileActivityApi>(org, ReconcileActivityMessage.UniqueName, callerId, inputs);
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

    private static void AddIfSet(Dictionary<string, object> inputs, string name, string? value)
    {
        if (value is not null)
        {
            inputs[name] = value;
        }
    }
}
