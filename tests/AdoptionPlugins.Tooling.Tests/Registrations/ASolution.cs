using System;
using AdoptionPlugins.Tooling.Registrations;

namespace AdoptionPlugins.Tooling.Tests.Registrations;

/// <summary>A solution whose one plugin assembly registers <see cref="AStep"/>'s plug-in type.</summary>
public static class ASolution
{
    public static readonly Guid AssemblyId = new("0d9f8e7c-6b5a-4938-8271-605f4e3d2c1b");

    public static PluginAssemblyRegistration Assembly { get; } = new()
    {
        FullName = "AdoptionPlugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=1234567890abcdef",
        PluginAssemblyId = AssemblyId,
        IntroducedVersion = "1.0",
        FileName = "/PluginAssemblies/AdoptionPlugins-0D9F8E7C-6B5A-4938-8271-605F4E3D2C1B/AdoptionPlugins.dll",
        PluginTypes =
        [
            new PluginTypeRegistration
            {
                Name = "AdoptionPlugins.Plugins.RecordActivity",
                AssemblyQualifiedName = AStep.PluginTypeName,
                PluginTypeId = AStep.PluginTypeId,
                FriendlyName = "RecordActivity",
            },
        ],
    };

    public static SolutionRegistrations With(params StepRegistration[] steps) => new() { Assemblies = [Assembly], Steps = [.. steps] };
}
