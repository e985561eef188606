using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Privacy.Support;

/// <summary>Calls the export and erase custom APIs as an administrator's flow would: with each NextCursor until HasMore is false.</summary>
public static class PersonalDataCalls
{
    /// <summary>Every page of the export, each parsed: a JSON document per page.</summary>
    public static IReadOnlyList<JsonDocument> ExportAll(IOrganizationService service, Guid userId) =>
        Loop(service, ExportPersonAdoptionDataMessage.UniqueName, userId).Select(page => JsonDocument.Parse((string)page[ExportPersonAdoptionDataMessage.Data])).ToList();

    /// <summary>Every page of the erase; the rows each page erased.</summary>
    public static IReadOnlyList<int> EraseAll(IOrganizationService service, Guid userId) =>
        Loop(service, EraseUserAdoptionDataMessage.UniqueName, userId).Select(page => (int)page[EraseUserAdoptionDataMessage.Erased]).ToList();

    /// <summary>The ids of the rows of one table across every page of an export.</summary>
    public static IReadOnlyList<Guid> ExportedIds(IEnumerable<JsonDocument> pages, string table) =>
        pages.SelectMany(page => page.RootElement.GetProperty("tables").TryGetProperty(table, out var rows) ? rows.EnumerateArray().Select(row => row.GetProperty("id").GetGuid()) : [])
            .ToList();

    private static IEnumerable<OrganizationResponse> Loop(IOrganizationService service, string message, Guid userId)
    {
        string? cursor = null;
        OrganizationResponse page;
        do
        {
            var request = new OrganizationRequest(message) { ["UserId"] = userId };
            if (cursor is not null)
            {
                request["Cursor"] = cursor;
            }

            page = service.Execute(request);
            cursor = (string)page["NextCursor"];
            yield return page;
        }
        while ((bool)page["HasMore"]);
    }
}
