using System;
using System.Linq;
using System.Reflection;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Pipeline;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator;

/// <summary>An emulated Dataverse organization (store, catalog, clock, plugin pipeline, async service) that hands out services per user.</summary>
/// <remarks>
/// Plugin tests read: build it from solution/ and the plugin assembly, create data, perform the user's request, run the async
/// jobs, assert on rows.
/// </remarks>
public sealed class EmulatedOrganization : IDisposable
{
    private readonly PluginPipeline _pipeline;

    public EmulatedOrganization(EmulatedOrganizationOptions? options = null)
    {
        options ??= new EmulatedOrganizationOptions();
        Clock = new SimulatedClock(options.StartTime);
        Database = new InMemoryDatabase(options.Catalog ?? MetadataCatalog.CreateStandard(), Clock, options.Store);
        Plugins = new PluginRegistry(Database.Catalog.Contains);
        foreach (var assembly in options.PluginAssemblies)
        {
            Plugins.AddAssembly(assembly);
        }

        if (options.Registrations is { } registrations)
        {
            Plugins.AddSolution(registrations);
        }

        _pipeline = new PluginPipeline(Database, new PipelineSettings
        {
            Registry = Plugins,
            TimeLimit = options.OperationTimeLimit,
            RequestDuration = options.RequestDuration,
            TraceCapacity = options.TraceCapacity,
        });
        SystemService = ServiceFor(Database.SystemUserId);
    }

    public SimulatedClock Clock { get; }

    public InMemoryDatabase Database { get; }

    public MetadataCatalog Catalog => Database.Catalog;

    /// <summary>The steps and custom APIs this organization fires; tests add their own here.</summary>
    public PluginRegistry Plugins { get; }

    /// <summary>The system jobs queued by asynchronous steps, run when the test says so.</summary>
    public AsyncService AsyncJobs => _pipeline.AsyncJobs;

    /// <summary>Every plugin execution's trace.</summary>
    public PluginTraceLog Traces => _pipeline.Traces;

    /// <summary>Service protection faults to inject for external callers.</summary>
    public ServiceProtectionFaults ServiceProtection => _pipeline.ServiceProtection;

    public Guid SystemUserId => Database.SystemUserId;

    public Guid RootBusinessUnitId => Database.RootBusinessUnitId;

    /// <summary>Acts as SYSTEM, as an integration with full rights would.</summary>
    public IOrganizationService SystemService { get; }

    /// <summary>
    /// Reads the unpacked solution in <paramref name="solutionFolder"/> (the folder holding Other/): its tables beside the standard
    /// ones, its steps and custom APIs with their plug-in types from <paramref name="pluginAssemblies"/>, so the organization
    /// stores and fires exactly what the solution would import.
    /// </summary>
    public static EmulatedOrganization FromSolution(string solutionFolder, params Assembly[] pluginAssemblies) =>
        FromSolution(solutionFolder, new EmulatedOrganizationOptions { PluginAssemblies = pluginAssemblies });

    /// <summary>
    /// As <see cref="FromSolution(string, Assembly[])"/>, with the plug-in assemblies, clock, store and trace choices of
    /// <paramref name="options"/>; its catalog and registrations are the solution's, and the solution's roles and field security
    /// profiles are loaded, so every organization built from a solution holds the same things.
    /// </summary>
    public static EmulatedOrganization FromSolution(string solutionFolder, EmulatedOrganizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var organization = new EmulatedOrganization(options with
        {
            Catalog = MetadataCatalog.CreateFromSolution(solutionFolder),
            Registrations = SolutionRegistrations.Read(solutionFolder),
        });

        // Roles imported with a solution land in the root business unit (dataverse-facts 7.1).
        organization.Database.Security.LoadRoles(solutionFolder);
        organization.Database.Security.LoadFieldSecurityProfiles(solutionFolder);
        return organization;
    }

    /// <summary>A service acting as <paramref name="userId"/>, as an external caller (a user's browser, a flow, a script).</summary>
    public IOrganizationService ServiceFor(Guid userId) => new EmulatedOrganizationService(_pipeline, Invocation.External(userId));

    /// <summary>
    /// Creates an enabled, licensed user in the root business unit (or <paramref name="businessUnitId"/>) holding
    /// <paramref name="role"/>, System Administrator when none is given, and returns its id.
    /// </summary>
    public Guid CreateUser(string lastName, Guid? managerId = null, Guid? businessUnitId = null, SecurityRole? role = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lastName);
        var user = new Entity("systemuser")
        {
            ["lastname"] = lastName,
            ["domainname"] = $"{lastName.Replace(' ', '.')}.{Guid.NewGuid():N}@contoso.test",
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId ?? RootBusinessUnitId),
            ["islicensed"] = true,
        };
        if (managerId is { } manager)
        {
            user["parentsystemuserid"] = new EntityReference("systemuser", manager);
        }

        var id = SystemService.Create(user);
        role ??= BuiltInRoles.SystemAdministrator;
        if (!Database.Security.Roles.Any(known => known.Id == role.Id))
        {
            Database.Security.AddRole(role);
        }

        Database.Security.AssignRole(id, role.Id);
        return id;
    }

    public void Dispose() => Database.Dispose();
}
