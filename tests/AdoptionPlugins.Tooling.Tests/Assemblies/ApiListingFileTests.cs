using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Assemblies;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Assemblies;

/// <summary>Checks parsing of listing files, the real SDK ones included.</summary>
public class ApiListingFileTests
{
    [Fact]
    public void RealXrmSdkListing_HasIdentityAndReferences()
    {
        var path = RealSdkListings.Path("Microsoft.Xrm.Sdk");

        var listing = ApiListingFile.Load(path);

        Assert.Equal("Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", listing.Identity);
        Assert.Equal("Microsoft.Xrm.Sdk", listing.AssemblyName);
        Assert.Contains("mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089", listing.AssemblyReferences);
    }

    [Fact]
    public void RealListings_KnowTypesByTheNameReferencesUse()
    {
        var xrmSdk = RealSdkListings.XrmSdk;
        var crmProxy = RealSdkListings.CrmProxy;

        Assert.Contains("Microsoft.Xrm.Sdk.DataCollection`1", xrmSdk.TypeNames);
        Assert.Contains("Microsoft.Xrm.Sdk.Entity", xrmSdk.TypeNames);
        Assert.DoesNotContain("Microsoft.Crm.Sdk.Messages.WhoAmIRequest", xrmSdk.TypeNames);
        Assert.Contains("Microsoft.Crm.Sdk.Messages.WhoAmIRequest", crmProxy.TypeNames);
    }

    [Fact]
    public void RealListings_GiveEveryMemberLineAKey()
    {
        var memberLines = new[] { RealSdkListings.XrmSdk, RealSdkListings.CrmProxy }
            .SelectMany(listing => listing.BodyLines)
            .Where(line => line.StartsWith("ctor ", StringComparison.Ordinal) || line.StartsWith("method ", StringComparison.Ordinal) || line.StartsWith("field ", StringComparison.Ordinal))
            .ToList();

        var keys = memberLines.Select(ApiMemberKey.FromListingLine).ToList();

        Assert.True(memberLines.Count > 8_000, $"only {memberLines.Count} member lines");
        Assert.DoesNotContain(null, keys);
    }

    [Fact]
    public void Parse_SkipsCommentsAndHeaderFacts_KeepsBodyLines()
    {
        string[] lines = ["# comment", "assembly A, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", "assembly-flags PublicKey", "assemblyref mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089", "type public class N.C : System.Object", "ctor public N.C::.ctor()"];

        var listing = ApiListingFile.Parse(lines);

        Assert.Equal("A", listing.AssemblyName);
        Assert.Equal(["mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"], listing.AssemblyReferences);
        Assert.Equal(["ctor public N.C::.ctor()", "type public class N.C : System.Object"], listing.BodyLines.Order(StringComparer.Ordinal));
        Assert.Equal(["ctor N.C::.ctor()"], listing.MemberKeys);
    }

    [Fact]
    public void Parse_UnknownLine_FailsWithItsNumber()
    {
        string[] lines = ["assembly A, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null", "widget public N.C"];

        var error = Assert.Throws<FormatException>(() => ApiListingFile.Parse(lines, "a.txt"));

        Assert.StartsWith("a.txt(2):", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutAssemblyLine_Fails()
    {
        string[] lines = ["type public class N.C : System.Object"];

        var error = Assert.Throws<FormatException>(() => ApiListingFile.Parse(lines));

        Assert.Contains("assembly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAssembly_ReadsHeaderAndBodyFromMetadata()
    {
        var path = typeof(ApiListingFile).Assembly.Location;

        var listing = ApiListingFile.FromAssembly(path);

        Assert.Equal(PublicApiListing.ReadIdentity(path), listing.Identity);
        Assert.Contains(listing.AssemblyReferences, reference => reference.StartsWith("System.Runtime, ", StringComparison.Ordinal));
        Assert.Contains("method public static AdoptionPlugins.Tooling.Assemblies.PublicApiListing::ReadIdentity(System.String assemblyPath) : System.String", listing.BodyLines);
        Assert.True(File.Exists(path));
    }
}
