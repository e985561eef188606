using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tests.Support;

/// <summary>
/// Our solution/ as the emulator loads it (EmulatedOrganization.FromSolution reads the same), parsed once per test run: its
/// tables, and its steps and custom API running on the plugin assembly under test. Both parses are immutable.
/// </summary>
public static class SolutionUnderTest
{
    private static readonly Lazy<IReadOnlyList<TableMetadata>> Tables = new(() => SolutionMetadata.Read(Folder));
    private static readonly Lazy<SolutionRegistrations> Registrations = new(() => SolutionRegistrations.Read(Folder));

    public static string Folder => RepositoryFolders.InRepository("solution");

    /// <summary>A new organization's options: its own catalog (loaders add to it), the shared registrations, our plugin assembly.</summary>
    public static EmulatedOrganizationOptions Options(DateTime startTime, TimeSpan requestDuration) => new()
    {
        Catalog = new MetadataCatalog(StandardTables.All.Concat(Tables.Value)),
        Registrations = Registrations.Value,
        PluginAssemblies = [typeof(PluginEntryPoint).Assembly],
        StartTime = startTime,
        RequestDuration = requestDuration,
    };
}
