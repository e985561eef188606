using AdoptionPlugins.Adoption;
using AdoptionPlugins.Tests.Assemblies.PlantedSdkUse;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Assemblies;

public class AdoptionLayerTests
{
    [Fact]
    public void AdoptionRules_UseNoSdkTypes()
    {
        var uses = SdkUsage.InNamespace(typeof(IClock).Assembly, "AdoptionPlugins.Adoption");

        Assert.True(uses.Count == 0, "Adoption/ holds pure rules testable without the SDK:\n" + string.Join("\n", uses));
    }

    [Fact]
    public void SdkTypeInsideAMethodBody_IsFound()
    {
        var uses = SdkUsage.InNamespace(typeof(AdoptionLayerTests).Assembly, typeof(PlantedRule).Namespace!);

        Assert.Equal(["AdoptionPlugins.Tests.Assemblies.PlantedSdkUse.PlantedRule.Describe uses Microsoft.Xrm.Sdk.Entity"], uses);
    }
}
