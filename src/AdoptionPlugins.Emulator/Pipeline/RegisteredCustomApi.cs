using System;
using System.Threading;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// A custom API with the plug-in type that implements its main operation, built once without configuration: the main operation
// cannot receive any (dataverse-facts 2.2).
internal sealed class RegisteredCustomApi
{
    private readonly Lazy<IPlugin>? _mainOperation;

    public RegisteredCustomApi(CustomApiRegistration registration, Type? mainOperationType)
    {
        Registration = registration;
        MainOperationType = mainOperationType;
        _mainOperation = mainOperationType is null
            ? null
            : new Lazy<IPlugin>(() => PluginTypes.Construct(mainOperationType, null, null), LazyThreadSafetyMode.ExecutionAndPublication);
        Operation = CustomApiOperation.For(this);
    }

    // The API as the pipeline runs it.
    public CoreOperation Operation { get; }

    public CustomApiRegistration Registration { get; }

    public Type? MainOperationType { get; }

    public IPlugin? MainOperation => _mainOperation?.Value;

    public string UniqueName => Registration.UniqueName;
}
