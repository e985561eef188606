using System;

namespace AdoptionPlugins.Tooling.Registrations;

/// <summary>One <c>PluginAssemblies/&lt;Name&gt;-&lt;ID&gt;/&lt;Name&gt;.dll.data.xml</c>: the assembly's identity and the plugin types it exposes.</summary>
public sealed record PluginAssemblyRegistration
{
    /// <summary><c>Name, Version=…, Culture=…, PublicKeyToken=…</c>.</summary>
    public required string FullName { get; init; }

    public required Guid PluginAssemblyId { get; init; }

    /// <summary>2 = sandbox, the only mode Dataverse online accepts.</summary>
    public int IsolationMode { get; init; } = 2;

    /// <summary>0 = database.</summary>
    public int SourceType { get; init; }

    public string? IntroducedVersion { get; init; }

    /// <summary>The DLL's path inside the solution, <c>/PluginAssemblies/&lt;Name&gt;-&lt;ID&gt;/&lt;Name&gt;.dll</c>.</summary>
    public required string FileName { get; init; }

    public ValueList<PluginTypeRegistration> PluginTypes { get; init; } = [];

    /// <summary>The simple assembly name, the part of <see cref="FullName"/> before the first comma.</summary>
    public string Name
    {
        get
        {
            var comma = FullName.IndexOf(',', StringComparison.Ordinal);
            return (comma < 0 ? FullName : FullName[..comma]).Trim();
        }
    }
}
