using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Emulator.Pipeline;

/// <summary>The plugin steps and custom APIs an emulated organization fires, and the .NET assemblies their types live in.</summary>
/// <remarks>
/// Registrations come from solution/ or from tests and use the Tooling model, so a test registers a step exactly as a solution file would. Registering checks what the
/// platform checks (images, async only in PostOperation) and resolves the plug-in type at once, so a mistake fails loudly and early.
/// Safe for concurrent callers: readers see an immutable snapshot.
/// </remarks>
public sealed class PluginRegistry
{
    private readonly object _gate = new();
    private readonly Func<string, bool> _tableExists;
    private readonly List<Assembly> _assemblies = [];
    private readonly Dictionary<Guid, string> _solutionPluginTypes = [];
    private volatile Snapshot _snapshot = new([], FrozenDictionary<string, RegisteredCustomApi>.Empty);

    // The platform registers steps only on tables it has; tableExists answers for the organization's catalog.
    internal PluginRegistry(Func<string, bool>? tableExists = null)
    {
        _tableExists = tableExists ?? (static _ => true);
    }

    public IReadOnlyList<StepRegistration> Steps => [.. _snapshot.Steps.Select(s => s.Registration)];

    public IReadOnlyList<CustomApiRegistration> CustomApis => [.. _snapshot.CustomApis.Values.Select(a => a.Registration)];

    public IReadOnlyList<Assembly> Assemblies
    {
        get
        {
            lock (_gate)
            {
                return [.. _assemblies];
            }
        }
    }

    public void AddAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        lock (_gate)
        {
            if (!_assemblies.Contains(assembly))
            {
                _assemblies.Add(assembly);
            }
        }
    }

    /// <summary>Adds everything an unpacked solution registers: its plug-in types, steps and custom APIs.</summary>
    public void AddSolution(SolutionRegistrations registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        lock (_gate)
        {
            foreach (var type in registrations.Assemblies.SelectMany(a => a.PluginTypes))
            {
                _solutionPluginTypes[type.PluginTypeId] = type.AssemblyQualifiedName;
            }
        }

        foreach (var step in registrations.Steps)
        {
            Register(step);
        }

        foreach (var api in registrations.CustomApis)
        {
            RegisterCustomApi(api);
        }
    }

    /// <summary>Registers a step as if it were imported; <paramref name="options"/> are what the environment sets on it.</summary>
    public void Register(StepRegistration step, StepOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        var problems = PlatformRules(step);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The platform would refuse step '{step.Name}': {string.Join("; ", problems)}.", nameof(step));
        }

        if (step.PrimaryEntity is { } table && !_tableExists(table))
        {
            throw new ArgumentException($"Step '{step.Name}' is registered on table '{table}', which the organization does not have.", nameof(step));
        }

        var typeName = step.PluginTypeName
            ?? throw new NotSupportedException($"Step '{step.Name}' names its plug-in type by export key (a plug-in package type); the emulator runs plug-in assembly types only.");
        lock (_gate)
        {
            if (_snapshot.Steps.Any(s => s.Id == step.Id))
            {
                throw new ArgumentException($"A step with id {step.Id} ('{step.Name}') is already registered.", nameof(step));
            }

            var type = PluginTypes.Resolve(_assemblies, typeName, $"Step '{step.Name}'");
            var registered = new RegisteredStep(step, options ?? StepOptions.Default, type, _snapshot.Steps.Length);
            _snapshot = new Snapshot([.. _snapshot.Steps, registered], _snapshot.CustomApis);
        }
    }

    public StepOptions OptionsOf(Guid stepId) => Find(_snapshot, stepId).Options;

    /// <summary>Changes what the environment sets on a step; the step gets a new plugin instance, as a re-registered step does.</summary>
    public void Configure(Guid stepId, StepOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        lock (_gate)
        {
            var current = Find(_snapshot, stepId);
            _snapshot = new Snapshot([.. _snapshot.Steps.Select(s => s == current ? s.With(options) : s)], _snapshot.CustomApis);
        }
    }

    public void Disable(Guid stepId) => Configure(stepId, OptionsOf(stepId) with { IsEnabled = false });

    public void Enable(Guid stepId) => Configure(stepId, OptionsOf(stepId) with { IsEnabled = true });

    /// <summary>
    /// Registers a custom API. Its main operation is <paramref name="mainOperation"/> when given, otherwise the plug-in type the API
    /// names by id, which a solution's <c>PluginAssemblies</c> declares.
    /// </summary>
    public void RegisterCustomApi(CustomApiRegistration api, Type? mainOperation = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        lock (_gate)
        {
            if (_snapshot.CustomApis.ContainsKey(api.UniqueName))
            {
                throw new ArgumentException($"Custom API '{api.UniqueName}' is already registered.", nameof(api));
            }

            var type = mainOperation ?? MainOperationOf(api);
            if (type is not null && !typeof(Microsoft.Xrm.Sdk.IPlugin).IsAssignableFrom(type))
            {
                throw new ArgumentException($"Custom API '{api.UniqueName}' is implemented by '{type.FullName}', which is not an IPlugin.", nameof(mainOperation));
            }

            var apis = new Dictionary<string, RegisteredCustomApi>(_snapshot.CustomApis, StringComparer.OrdinalIgnoreCase)
            {
                [api.UniqueName] = new RegisteredCustomApi(api, type),
            };
            _snapshot = new Snapshot(_snapshot.Steps, apis.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
        }
    }

    internal StepSet StepsFor(string messageName, string? tableLogicalName) => _snapshot.StepsFor(messageName, tableLogicalName);

    internal bool HasSteps(string messageName) => _snapshot.Messages.Contains(messageName);

    internal RegisteredCustomApi? FindCustomApi(string? uniqueName) =>
        uniqueName is not null && _snapshot.CustomApis.TryGetValue(uniqueName, out var api) ? api : null;

    // The rules the platform enforces at registration (dataverse-facts 1.5, 1.6); our own policies are checked by RegistrationRules.Check.
    private static List<string> PlatformRules(StepRegistration step) =>
    [
        .. RegistrationRules.NoPreImageOnCreate(step),
        .. RegistrationRules.NoPostImageOnDelete(step),
        .. RegistrationRules.NoPostImageBeforePostOperation(step),
        .. RegistrationRules.AsyncOnlyInPostOperation(step),
    ];

    private static RegisteredStep Find(Snapshot snapshot, Guid stepId) =>
        snapshot.Steps.FirstOrDefault(s => s.Id == stepId) ?? throw new KeyNotFoundException($"No step with id {stepId} is registered.");

    private Type? MainOperationOf(CustomApiRegistration api)
    {
        if (api.PluginTypeExportKey is null)
        {
            return null;
        }

        var id = api.PluginTypeId
            ?? throw new NotSupportedException($"Custom API '{api.UniqueName}' is implemented by a plug-in package type; the emulator runs plug-in assembly types only.");
        return _solutionPluginTypes.TryGetValue(id, out var typeName)
            ? PluginTypes.Resolve(_assemblies, typeName, $"Custom API '{api.UniqueName}'")
            : throw new InvalidOperationException($"Custom API '{api.UniqueName}' is implemented by plug-in type {id}, which no registered solution assembly declares.");
    }

    // Immutable but for its cache of step sets, which is rebuilt with every new snapshot.
    private sealed class Snapshot
    {
        private readonly ConcurrentDictionary<(string Message, string? Table), StepSet> _sets = new();

        public Snapshot(RegisteredStep[] steps, FrozenDictionary<string, RegisteredCustomApi> customApis)
        {
            Steps = steps;
            CustomApis = customApis;
            Messages = steps.Where(s => s.Options.IsEnabled).Select(s => s.Registration.MessageName).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        }

        public RegisteredStep[] Steps { get; }

        public FrozenDictionary<string, RegisteredCustomApi> CustomApis { get; }

        public FrozenSet<string> Messages { get; }

        public StepSet StepsFor(string messageName, string? tableLogicalName) =>
            !Messages.Contains(messageName)
                ? StepSet.Empty
                : _sets.GetOrAdd((messageName, tableLogicalName), key => new StepSet(Steps.Where(s =>
                    s.Options.IsEnabled
                    && string.Equals(s.Registration.MessageName, key.Message, StringComparison.OrdinalIgnoreCase)
                    && (s.Registration.PrimaryEntity is null || string.Equals(s.Registration.PrimaryEntity, key.Table, StringComparison.Ordinal)))));
    }
}
