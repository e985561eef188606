using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Assemblies.PlantedSdkUse;

/// <summary>A "rule" that sneaks an SDK type into its body, to prove the layer check sees inside methods.</summary>
public static class PlantedRule
{
    public static string Describe(string table) => new Entity(table).LogicalName;
}
