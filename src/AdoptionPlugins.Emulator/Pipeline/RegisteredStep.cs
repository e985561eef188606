using System;
using System.Threading;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// A step as the pipeline fires it: its registration, its environment options and its one plugin instance, built on first use and
// then shared by every execution on every thread, as the platform caches it (dataverse-facts 1.3).
internal sealed class RegisteredStep
{
    private readonly Lazy<IPlugin> _instance;

    public RegisteredStep(StepRegistration registration, StepOptions options, Type pluginType, int order)
    {
        Registration = registration;
        Options = options;
        PluginType = pluginType;
        Order = order;
        _instance = new Lazy<IPlugin>(
            () => PluginTypes.Construct(pluginType, registration.Configuration, options.SecureConfiguration),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public StepRegistration Registration { get; }

    public StepOptions Options { get; }

    public Type PluginType { get; }

    // Registration order, which breaks ties between equal ranks.
    public int Order { get; }

    public Guid Id => Registration.Id;

    public string Name => Registration.Name;

    public int Stage => (int)Registration.Stage;

    public bool IsAsync => Registration.Mode == StepMode.Asynchronous;

    public IPlugin Instance => _instance.Value;

    public RegisteredStep With(StepOptions options) => new(Registration, options, PluginType, Order);

    // Filtering attributes apply to Update only and match columns present in the payload, changed or not (dataverse-facts 1.3).
    public bool FiresOn(string messageName, Entity? target)
    {
        var filters = Registration.FilteringAttributes;
        if (filters.Count == 0 || messageName != "Update" || target is null)
        {
            return true;
        }

        foreach (var column in filters)
        {
            if (target.Attributes.ContainsKey(column))
            {
                return true;
            }
        }

        return false;
    }
}
