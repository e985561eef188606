using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Charts;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Roles;
using AdoptionPlugins.Tooling.Tables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Tests.SolutionContent;

/// <summary>The views and charts as solution/ ships them, read with the tooling's readers, and ways to run them as a user.</summary>
public static class ShippedViews
{
    private static readonly Lazy<SolutionTables> Tables = new(() => SolutionTables.Read(RepositoryFolders.InRepository("solution")));

    private static readonly Lazy<ValueList<ChartDefinition>> ShippedCharts = new(() => ChartXml.ReadSolution(RepositoryFolders.InRepository("solution")));

    public static ValueList<ChartDefinition> Charts => ShippedCharts.Value;

    public static SolutionTables Solution => Tables.Value;

    public static ViewDefinition Named(string name) =>
        Solution.Tables.SelectMany(table => table.Views).SingleOrDefault(view => view.Name == name)
            ?? throw new InvalidOperationException($"solution/ has no view named {name}.");

    /// <summary>Each row of the chart named <paramref name="chartName"/> for <paramref name="service"/>'s user, as "alias=value" pairs sorted by alias.</summary>
    public static string[] ChartRows(this IOrganizationService service, string chartName, Func<object?, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var chart = Charts.SingleOrDefault(candidate => candidate.Name == chartName) ?? throw new InvalidOperationException($"solution/ has no chart named {chartName}.");
        return [.. service.RetrieveMultiple(new FetchExpression(chart.FetchXml)).Entities
            .Select(row => string.Join(" ", row.Attributes.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={format(((AliasedValue)pair.Value).Value)}")))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Runs every query as a fresh user of each shipped role and returns one line per query that faults, naming query, role and
    /// fault; empty when every role may run every query.
    /// </summary>
    public static string[] FailuresForEveryRole(AdoptionOrganization org, IEnumerable<(string Name, string FetchXml)> queries)
    {
        ArgumentNullException.ThrowIfNull(org);
        var users = AdoptionRoles.All.Select(role => (role.Name, Id: org.CreateUser(role))).ToArray();
        return [.. users.SelectMany(user => queries.Select(query => Failure(org.As(user.Id), query.FetchXml, $"{query.Name} as {user.Name}"))).OfType<string>()];
    }

    /// <summary>The primary names of the rows the view returns for <paramref name="service"/>'s user, sorted.</summary>
    public static string[] Names(this IOrganizationService service, string viewName) =>
        [.. service.RetrieveMultiple(new FetchExpression(Named(viewName).FetchXml)).Entities
            .Select(row => row.GetAttributeValue<string>("adopt_name")).Order(StringComparer.Ordinal)];

    private static string? Failure(IOrganizationService service, string fetchXml, string what)
    {
        try
        {
            service.RetrieveMultiple(new FetchExpression(fetchXml));
            return null;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return $"{what}: {fault.Detail.Message}";
        }
    }
}
