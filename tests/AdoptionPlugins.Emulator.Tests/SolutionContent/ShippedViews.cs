using System;
using System.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Tables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Tests.SolutionContent;

/// <summary>The views as solution/ ships them, read with the tooling's table reader, and a way to run one as a user.</summary>
public static class ShippedViews
{
    private static readonly Lazy<SolutionTables> Tables = new(() => SolutionTables.Read(RepositoryFolders.InRepository("solution")));

    public static SolutionTables Solution => Tables.Value;

    public static ViewDefinition Named(string name) =>
        Solution.Tables.SelectMany(table => table.Views).SingleOrDefault(view => view.Name == name)
            ?? throw new InvalidOperationException($"solution/ has no view named {name}.");

    /// <summary>The primary names of the rows the view returns for <paramref name="service"/>'s user, sorted.</summary>
    public static string[] Names(this IOrganizationService service, string viewName) =>
        [.. service.RetrieveMultiple(new FetchExpression(Named(viewName).FetchXml)).Entities
            .Select(row => row.GetAttributeValue<string>("adopt_name")).Order(StringComparer.Ordinal)];
}
