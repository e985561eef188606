using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tests.Support;
using AdoptionPlugins.Tooling.Assemblies;
using Xunit;

namespace AdoptionPlugins.Tests.Assemblies;

public class DataversePluginAssemblyTests
{
    private const string SdkReference = "Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
    private const string ProxyReference = "Microsoft.Crm.Sdk.Proxy, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";

    [Fact]
    public void TargetFramework_IsNetFramework462()
    {
        var framework = SdkBindingCheck.ReadTargetFramework(InspectedAssemblies.DataversePlugin);

        Assert.Equal(".NETFramework,Version=v4.6.2", framework);
    }

    [Fact]
    public void EveryReference_BindsToTheFrameworkOrTheRealSdk()
    {
        var problems = SdkBindingCheck.FindProblems(InspectedAssemblies.DataversePlugin, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void AssemblyReferences_AreOnlyMscorlibSystemAndTheSdk()
    {
        var references = PublicApiListing.ReadAssemblyReferences(InspectedAssemblies.DataversePlugin);

        var others = references.Where(reference => reference != SdkReference && reference != ProxyReference
            && !reference.StartsWith("mscorlib,", System.StringComparison.Ordinal) && !reference.StartsWith("System", System.StringComparison.Ordinal));
        Assert.Empty(others);
        Assert.Contains(SdkReference, references);
        Assert.DoesNotContain(references, reference => reference.StartsWith("netstandard,", System.StringComparison.Ordinal) || reference.StartsWith("System.Runtime,", System.StringComparison.Ordinal));
    }

    [Fact]
    public void PlantedWrongMember_IsReportedByTheBindingCheck()
    {
        var problems = SdkBindingCheck.FindProblems(InspectedAssemblies.PlantedWrongPlugin, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        var problem = Assert.Single(problems);
        Assert.Contains("Microsoft.Xrm.Sdk.Entity::GetAttributeValue(System.String) : System.Object", problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_IsFixedVersionSignedWithTheCommittedKey()
    {
        var committedKey = StrongNameKey.PublicKeyBlob(RepositoryFolders.InRepository("src", "AdoptionPlugins", "AdoptionPlugins.snk"));

        var identity = PublicApiListing.ReadIdentity(InspectedAssemblies.DataversePlugin);

        Assert.Equal($"AdoptionPlugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken={StrongNameKey.Token(committedKey)}", identity);
        Assert.Equal(committedKey, ReadPublicKey(InspectedAssemblies.DataversePlugin));
    }

    [Fact]
    public void StrongNameSignature_IsPresentNotJustPublicSigned()
    {
        using var image = new PEReader(File.OpenRead(InspectedAssemblies.DataversePlugin));

        var corHeader = image.PEHeaders.CorHeader!;
        var signature = image.GetSectionData(corHeader.StrongNameSignatureDirectory.RelativeVirtualAddress).GetContent(0, corHeader.StrongNameSignatureDirectory.Size);

        Assert.True(corHeader.Flags.HasFlag(CorFlags.StrongNameSigned));
        Assert.Equal(128, signature.Length);
        Assert.Contains(signature, b => b != 0);
    }

    private static byte[] ReadPublicKey(string path)
    {
        using var image = new PEReader(File.OpenRead(path));
        var reader = image.GetMetadataReader();
        return reader.GetBlobBytes(reader.GetAssemblyDefinition().PublicKey);
    }
}
