using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>Runs a query page by page with the paging cookie, at most 5,000 rows per request (dataverse-facts 4.5).</summary>
public static class QueryPaging
{
    public const int MaxPageSize = 5000;

    /// <summary>Every row the query matches; one request per 5,000 rows.</summary>
    public static IEnumerable<Entity> All(IOrganizationService service, QueryExpression query)
    {
        _ = service ?? throw new ArgumentNullException(nameof(service));
        _ = query ?? throw new ArgumentNullException(nameof(query));
        return AllPages(service, query);
    }

    private static IEnumerable<Entity> AllPages(IOrganizationService service, QueryExpression query)
    {
        query.PageInfo = new PagingInfo { Count = MaxPageSize, PageNumber = 1 };
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                yield return row;
            }

            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
