using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>Short helpers for running queries and reading one column of the results.</summary>
public static class Queries
{
    public static QueryExpression Tasks(params ConditionExpression[] conditions)
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject") };
        foreach (var condition in conditions)
        {
            query.Criteria.AddCondition(condition);
        }

        return query;
    }

    public static string[] Subjects(this IOrganizationService service, QueryBase query) =>
        [.. service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("subject")).Order(System.StringComparer.Ordinal)];
}
