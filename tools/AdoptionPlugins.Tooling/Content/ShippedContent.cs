using System.Collections.Generic;
using System.IO;
using System.Linq;
using AdoptionPlugins.Tooling.Apps;
using AdoptionPlugins.Tooling.Charts;
using AdoptionPlugins.Tooling.Dashboards;
using AdoptionPlugins.Tooling.EnvironmentVariables;
using AdoptionPlugins.Tooling.FieldSecurity;
using AdoptionPlugins.Tooling.Forms;
using AdoptionPlugins.Tooling.Roles;
using AdoptionPlugins.Tooling.Tables;

namespace AdoptionPlugins.Tooling.Content;

/// <summary>
/// The generator for what the solution ships besides its tables and views: security roles, the field security profile,
/// environment variable definitions, charts, main forms, the dashboards and the app with its site map, and their root
/// components in <c>Other/Solution.xml</c>.
/// The approved-files test calls <see cref="WriteTo"/> after <c>ShippedTables.WriteTo</c>, since both rewrite the manifest.
/// </summary>
public static class ShippedContent
{
    /// <summary>The root component types this generator owns in the manifest; entries of other types are kept.</summary>
    public static IReadOnlyCollection<int> OwnedComponentTypes { get; } = [RootComponent.Role, RootComponent.Dashboard, RootComponent.SiteMap, RootComponent.FieldSecurityProfile, RootComponent.App];

    /// <summary>Folders whose whole content this generator writes, so files it no longer writes are removed.</summary>
    public static IReadOnlyList<string> OwnedFolders { get; } =
    [
        SecurityRoleXml.Folder,
        EnvironmentVariableXml.Folder,
        DashboardXml.Folder,
        AppModuleXml.Folder,
        SiteMapXml.Folder,
        .. ShippedTables.Definitions.Tables.Select(table => $"{EntityXml.Folder}/{table.SchemaName}/{ChartXml.Folder}"),
        .. ShippedTables.Definitions.Tables.Select(table => $"{EntityXml.Folder}/{table.SchemaName}/{MainFormXml.Folder}"),
    ];

    /// <summary>The root components the manifest lists for this content.</summary>
    public static IEnumerable<RootComponent> RootComponents =>
        AdoptionRoles.All.Select(role => RootComponent.ById(RootComponent.Role, role.Id))
            .Concat(AdoptionFieldSecurity.All.Select(profile => RootComponent.ById(RootComponent.FieldSecurityProfile, profile.Id)))
            .Concat(AdoptionDashboard.All.Select(dashboard => RootComponent.ById(RootComponent.Dashboard, dashboard.Id)))
            .Append(RootComponent.ByName(RootComponent.SiteMap, AdoptionApp.SiteMap.UniqueName))
            .Append(RootComponent.ByName(RootComponent.App, AdoptionApp.App.UniqueName));

    /// <summary>
    /// Writes every generated file under <paramref name="solutionFolder"/>, which must hold <c>Other/Solution.xml</c>, and returns
    /// the paths written relative to it.
    /// </summary>
    public static IReadOnlyList<string> WriteTo(string solutionFolder)
    {
        if (!File.Exists(Path.Combine(solutionFolder, SolutionManifestTables.ManifestPath)))
        {
            throw new FileNotFoundException($"No {SolutionManifestTables.ManifestPath} under {solutionFolder}; generate into an unpacked solution folder.");
        }

        foreach (var folder in OwnedFolders.Select(folder => Path.Combine(solutionFolder, folder)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        var written = new List<string>();
        written.AddRange(SecurityRoleXml.WriteTo(solutionFolder, AdoptionRoles.All));
        written.Add(FieldSecurityProfileXml.WriteTo(solutionFolder, AdoptionFieldSecurity.All));
        written.AddRange(EnvironmentVariableXml.WriteTo(solutionFolder, AdoptionEnvironmentVariables.All));
        written.AddRange(ChartXml.WriteTo(solutionFolder, AdoptionCharts.All));
        written.AddRange(MainFormXml.WriteTo(solutionFolder, AdoptionForms.All));
        written.AddRange(AdoptionDashboard.All.Select(dashboard => DashboardXml.WriteTo(solutionFolder, dashboard)));
        written.Add(AppModuleXml.WriteTo(solutionFolder, AdoptionApp.App));
        written.Add(SiteMapXml.WriteTo(solutionFolder, AdoptionApp.SiteMap));
        SolutionManifestComponents.Write(solutionFolder, RootComponents, OwnedComponentTypes);
        written.Add(SolutionManifestTables.ManifestPath);
        return written;
    }
}
