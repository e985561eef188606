using System;
using System.Collections.Generic;
using System.Reflection;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Emulator;

/// <summary>How to build an <see cref="EmulatedOrganization"/>: its tables, clock, registrations and plugin assemblies.</summary>
public sealed record EmulatedOrganizationOptions
{
    /// <summary>A fixed Monday morning, so runs are repeatable; choose another with <see cref="StartTime"/>.</summary>
    public static readonly DateTime DefaultStartTime = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>The tables; null means the standard tables. Each organization needs its own catalog, since loaders add to it.</summary>
    public MetadataCatalog? Catalog { get; init; }

    public DateTime StartTime { get; init; } = DefaultStartTime;

    public EmulatorOptions Store { get; init; } = EmulatorOptions.Default;

    /// <summary>What solution/ registers (SolutionRegistrations.Read); null registers nothing.</summary>
    public SolutionRegistrations? Registrations { get; init; }

    /// <summary>The .NET assemblies the registered plug-in types are loaded from.</summary>
    public IReadOnlyList<Assembly> PluginAssemblies { get; init; } = [];

    /// <summary>Emulated time every request takes (external or from a plugin), to bring the 2-minute limit within reach.</summary>
    public TimeSpan RequestDuration { get; init; }

    /// <summary>How many of the latest plugin traces the organization keeps (0: none), so long simulations do not hold them all.</summary>
    public int TraceCapacity { get; init; } = 10_000;

    /// <summary>The limit of a synchronous operation, a custom API main operation and an async execution (dataverse-facts 1.2).</summary>
    public TimeSpan OperationTimeLimit { get; init; } = TimeSpan.FromMinutes(2);
}
