using System;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>One <c>PluginType</c> of a plugin assembly registration: a class Dataverse can run.</summary>
public sealed record PluginTypeRegistration
{
    /// <summary>The full type name, <c>Ns.Type</c>.</summary>
    public required string Name { get; init; }

    /// <summary><c>Ns.Type, Assembly, Version=…, Culture=…, PublicKeyToken=…</c>, the value a step's <c>PluginTypeName</c> repeats.</summary>
    public required string AssemblyQualifiedName { get; init; }

    public required Guid PluginTypeId { get; init; }

    /// <summary>Exports hold a GUID here, not a readable name.</summary>
    public string? FriendlyName { get; init; }
}
