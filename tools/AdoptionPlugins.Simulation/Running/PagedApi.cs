using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>
/// Calls one of the solution's paged custom APIs by name as a flow or script does (dataverse-facts 2.2): page after page with the
/// cursor each page returns, until HasMore is false, guarding against a cursor that never moves on.
/// </summary>
internal static class PagedApi
{
    private const string Cursor = "Cursor";
    private const string NextCursor = "NextCursor";
    private const string HasMore = "HasMore";

    /// <summary>Runs every page and returns how many there were; <paramref name="onPage"/> reads each response.</summary>
    public static int Run(IOrganizationService service, string name, Action<OrganizationRequest> fill, Action<OrganizationResponse> onPage, int maximumPages, string what)
    {
        string? cursor = null;
        var pages = 0;
        bool hasMore;
        do
        {
            var request = new OrganizationRequest(name);
            fill(request);
            if (cursor is not null)
            {
                request[Cursor] = cursor;
            }

            OrganizationResponse response;
            try
            {
                response = service.Execute(request);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                throw new SimulationStoppedException($"{name} failed on page {pages + 1} of {what}: {fault.Detail?.Message ?? fault.Message}", fault);
            }

            pages++;
            onPage(response);
            hasMore = Read<bool>(response, name, HasMore);
            cursor = response.Results.TryGetValue(NextCursor, out var next) ? next as string : null;
            if (hasMore && string.IsNullOrEmpty(cursor))
            {
                throw new SimulationStoppedException($"{name} answered HasMore without a NextCursor on page {pages} of {what}; a flow could not go on either.");
            }

            if (pages > maximumPages)
            {
                throw new SimulationStoppedException($"{name} still answered HasMore after {pages} pages, more than {what} can need; its cursor does not move on.");
            }
        }
        while (hasMore);

        return pages;
    }

    /// <summary>A response property every page has, or a stop that names the API and the property.</summary>
    public static T Read<T>(OrganizationResponse response, string name, string property)
        where T : struct =>
        response.Results.TryGetValue(property, out var value) && value is T typed
            ? typed
            : throw new SimulationStoppedException($"{name} returned no {typeof(T).Name} '{property}'; every page of it has one.");
}
