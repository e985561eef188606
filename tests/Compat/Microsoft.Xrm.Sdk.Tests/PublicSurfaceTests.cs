using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Assemblies;
using Xunit;

namespace Microsoft.Xrm.Sdk.Tests;

public class PublicSurfaceTests
{
    public static TheoryData<string, string> CompatAssemblies => new()
    {
        { "net10.0", "Microsoft.Xrm.Sdk" },
        { "net10.0", "Microsoft.Crm.Sdk.Proxy" },
        { "net462", "Microsoft.Xrm.Sdk" },
        { "net462", "Microsoft.Crm.Sdk.Proxy" },
    };

    [Theory]
    [MemberData(nameof(CompatAssemblies))]
    public void EveryPublicMember_ExistsInTheRealSdk(string framework, string assemblyName)
    {
        var real = RealSdkListings.Of(assemblyName);

        var notInRealSdk = PublicApiListing.ReadBodyLines(CompatPath(framework, assemblyName)).Where(line => !real.BodyLines.Contains(line)).ToList();

        Assert.True(notInRealSdk.Count == 0, "Not in the real SDK:\n" + string.Join("\n", notInRealSdk));
    }

    [Theory]
    [MemberData(nameof(CompatAssemblies))]
    public void AssemblyIdentity_IsTheRealOne(string framework, string assemblyName)
    {
        var real = RealSdkListings.Of(assemblyName);

        var identity = PublicApiListing.ReadIdentity(CompatPath(framework, assemblyName));

        Assert.Equal(real.Identity, identity);
    }

    [Fact]
    public void PlantedWrongMember_IsTheOnlyLineReported()
    {
        var real = RealSdkListings.XrmSdk;
        var planted = Path.Combine(AppContext.BaseDirectory, "planted", "Microsoft.Xrm.Sdk.dll");

        var notInRealSdk = PublicApiListing.ReadBodyLines(planted).Where(line => !real.BodyLines.Contains(line)).ToList();

        Assert.Equal(
            ["method public Microsoft.Xrm.Sdk.Entity::GetAttributeValue(System.String attributeLogicalName) : System.Object"],
            notInRealSdk);
    }

    [Theory]
    [InlineData("Microsoft.Xrm.Sdk")]
    [InlineData("Microsoft.Crm.Sdk.Proxy")]
    public void DeclaredInterfacesAndEnums_AreComplete(string assemblyName)
    {
        var real = RealSdkListings.Of(assemblyName);
        var ours = PublicApiListing.ReadBodyLines(CompatPath("net462", assemblyName)).ToHashSet(StringComparer.Ordinal);
        var wholeTypes = ours.Where(line => line.StartsWith("type public interface ", StringComparison.Ordinal) || line.StartsWith("type public enum ", StringComparison.Ordinal))
            .Select(DeclaredTypeName).ToHashSet(StringComparer.Ordinal);

        var missing = real.BodyLines.Where(line => !line.StartsWith("type ", StringComparison.Ordinal) && wholeTypes.Contains(MemberOwner(line)) && !ours.Contains(line)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "An implementer or switch would see a different type; missing:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void CommittedPublicKey_IsMicrosoftsKey()
    {
        var header = File.ReadLines(RepositoryFolders.InShared("xrm-sdk-api", "Microsoft.Xrm.Sdk-9.0.0.0.txt")).First(line => line.StartsWith("assembly-publickey ", StringComparison.Ordinal));

        var committed = File.ReadAllBytes(RepositoryFolders.InRepository("src", "Compat", "MicrosoftSdkPublicKey.snk"));

        Assert.Equal(header["assembly-publickey ".Length..], Convert.ToHexStringLower(committed));
    }

    private static string CompatPath(string framework, string assemblyName) => framework == "net462"
        ? Path.Combine(AppContext.BaseDirectory, "net462", assemblyName + ".dll")
        : Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");

    // "type public interface Microsoft.Xrm.Sdk.IPlugin implements …" → "Microsoft.Xrm.Sdk.IPlugin"
    private static string DeclaredTypeName(string typeLine)
    {
        var name = typeLine.Split(' ')[3];
        var generic = name.IndexOf('<', StringComparison.Ordinal);
        return generic < 0 ? name : name[..generic];
    }

    // "field public const Microsoft.Xrm.Sdk.OperationStatus::Retry : …" → "Microsoft.Xrm.Sdk.OperationStatus"
    private static string MemberOwner(string memberLine)
    {
        var separator = memberLine.IndexOf("::", StringComparison.Ordinal);
        return separator < 0 ? string.Empty : memberLine[(memberLine.LastIndexOf(' ', separator) + 1)..separator];
    }
}
