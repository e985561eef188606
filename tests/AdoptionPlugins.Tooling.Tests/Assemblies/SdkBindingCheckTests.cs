using System;
using System.Linq;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Assemblies;
using AdoptionPlugins.Tooling.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Assemblies;

/// <summary>Checks the binding rules on crafted assemblies and on this compiled test assembly.</summary>
public class SdkBindingCheckTests
{
    private const string Mscorlib = "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089";
    private static readonly string TestAssembly = typeof(SdkBindingCheckTests).Assembly.Location;

    [Fact]
    public void PluginUsingRealSdkMembers_HasNoProblems()
    {
        var plugin = new CraftedAssembly("Plugin");
        plugin.TargetFramework(plugin.Reference(Mscorlib), SdkBindingCheck.RequiredTargetFramework);
        var sdk = plugin.Reference(RealSdkListings.XrmSdk.Identity);
        var entity = plugin.Type(sdk, "Microsoft.Xrm.Sdk.Entity");
        plugin.Constructor(entity, type => type.String());
        plugin.Instantiate(plugin.Method(entity, "GetAttributeValue", 1, returns => returns.Type().GenericMethodTypeParameter(0), type => type.String()), type => type.Int32());
        var parameters = plugin.Instance(plugin.Type(sdk, "Microsoft.Xrm.Sdk.DataCollection`2"), type => type.String(), type => type.Object());
        plugin.Method(parameters, "get_Item", 0, returns => returns.Type().GenericTypeParameter(1), type => type.GenericTypeParameter(0));
        plugin.Constructor(plugin.Type(plugin.Reference(RealSdkListings.CrmProxy.Identity), "Microsoft.Crm.Sdk.Messages.WhoAmIRequest"));
        using var file = plugin.Save();

        var problems = SdkBindingCheck.FindProblems(file.Path, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        Assert.Empty(problems);
    }

    [Fact]
    public void SdkMemberMissingFromRealListing_IsReportedByItsKey()
    {
        var plugin = new CraftedAssembly("Plugin");
        var entity = plugin.Type(plugin.Reference(RealSdkListings.XrmSdk.Identity), "Microsoft.Xrm.Sdk.Entity");
        plugin.Method(entity, "GetAttributeValueOrDefault", 1, returns => returns.Type().GenericMethodTypeParameter(0), type => type.String());
        using var file = plugin.Save();

        var problems = SdkBindingCheck.FindProblems(file.Path, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        Assert.Equal(["memberref method Microsoft.Xrm.Sdk.Entity::GetAttributeValueOrDefault`1(System.String) : !!0 is not a public member of the real Microsoft.Xrm.Sdk 9.0.0.0"], problems);
    }

    [Fact]
    public void MissingMemberOfGenericSdkType_IsReportedOnTheOpenType()
    {
        var plugin = new CraftedAssembly("Plugin");
        var sdk = plugin.Reference(RealSdkListings.XrmSdk.Identity);
        var entity = plugin.Type(sdk, "Microsoft.Xrm.Sdk.Entity");
        var entities = plugin.Instance(plugin.Type(sdk, "Microsoft.Xrm.Sdk.DataCollection`1"), type => type.Type(entity, isValueType: false));
        plugin.Method(entities, "Find", 0, returns => returns.Type().Int32(), type => type.GenericTypeParameter(0));
        using var file = plugin.Save();

        var problems = SdkBindingCheck.FindProblems(file.Path, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        Assert.Equal(["memberref method Microsoft.Xrm.Sdk.DataCollection`1::Find(!0) : System.Int32 is not a public member of the real Microsoft.Xrm.Sdk 9.0.0.0"], problems);
    }

    [Fact]
    public void SdkTypeReferencedInTheWrongAssembly_IsReportedOnceWithoutItsMembers()
    {
        var plugin = new CraftedAssembly("Plugin");
        plugin.Constructor(plugin.Type(plugin.Reference(RealSdkListings.XrmSdk.Identity), "Microsoft.Crm.Sdk.Messages.WhoAmIRequest"));
        using var file = plugin.Save();

        var problems = SdkBindingCheck.FindProblems(file.Path, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        Assert.Equal(["typeref Microsoft.Crm.Sdk.Messages.WhoAmIRequest is not a public type of the real Microsoft.Xrm.Sdk 9.0.0.0"], problems);
    }

    [Fact]
    public void NestedTypeReference_IsCheckedInItsOuterTypesAssembly()
    {
        var plugin = new CraftedAssembly("Plugin");
        plugin.Type(plugin.Reference(RealSdkListings.XrmSdk.Identity), "Microsoft.Xrm.Sdk.Entity+Fields");
        using var file = plugin.Save();

        var problems = SdkBindingCheck.FindProblems(file.Path, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        Assert.Equal(["typeref Microsoft.Xrm.Sdk.Entity+Fields is not a public type of the real Microsoft.Xrm.Sdk 9.0.0.0"], problems);
    }

    [Fact]
    public void SdkReferenceWithAnotherVersion_IsReported()
    {
        var plugin = new CraftedAssembly("Plugin");
        plugin.Reference("Microsoft.Xrm.Sdk, Version=9.0.2.56, Culture=neutral, PublicKeyToken=31bf3856ad364e35");
        using var file = plugin.Save();

        var problems = SdkBindingCheck.FindProblems(file.Path, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        Assert.Equal(
            ["assemblyref Microsoft.Xrm.Sdk, Version=9.0.2.56, Culture=neutral, PublicKeyToken=31bf3856ad364e35 must be exactly Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35, the assembly the sandbox provides"],
            problems);
    }

    [Theory]
    [InlineData("netstandard, Version=2.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
    [InlineData("System.Runtime, Version=8.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a")]
    public void ModernCoreLibraryReference_IsForbidden(string identity)
    {
        var plugin = new CraftedAssembly("Plugin");
        plugin.Reference(identity);
        using var file = plugin.Save();

        var problems = SdkBindingCheck.FindProblems(file.Path, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        Assert.Equal([$"assemblyref {identity} is forbidden: it means the DLL was not built for .NET Framework (.NETFramework,Version=v4.6.2)"], problems);
    }

    [Fact]
    public void ThirdPartyReference_IsNotAllowed()
    {
        var plugin = new CraftedAssembly("Plugin");
        plugin.Reference("Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed");
        using var file = plugin.Save();

        var problems = SdkBindingCheck.FindProblems(file.Path, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        var problem = Assert.Single(problems);
        Assert.StartsWith("assemblyref Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed is not allowed", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Mscorlib)]
    [InlineData("System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089")]
    [InlineData("System.Core, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089")]
    [InlineData("System.Runtime.Serialization, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089")]
    [InlineData("System.ServiceModel, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089")]
    public void FrameworkReference_IsAllowed(string identity)
    {
        var plugin = new CraftedAssembly("Plugin");
        plugin.Reference(identity);
        using var file = plugin.Save();

        var problems = SdkBindingCheck.FindProblems(file.Path, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        Assert.Empty(problems);
    }

    [Fact]
    public void TestAssembly_ReferencingSystemRuntime_IsForbidden()
    {
        var path = TestAssembly;

        var problems = SdkBindingCheck.FindProblems(path, RealSdkListings.XrmSdk, RealSdkListings.CrmProxy);

        Assert.Contains(problems, problem => problem.StartsWith("assemblyref System.Runtime, Version=10.0.0.0, ", StringComparison.Ordinal) && problem.Contains("is forbidden", StringComparison.Ordinal));
    }

    [Fact]
    public void CompiledReferences_AllMatchTheReferencedAssembliesOwnListings()
    {
        var listings = new[] { typeof(Assert), typeof(FactAttribute) }.Select(type => ApiListingFile.FromAssembly(type.Assembly.Location)).ToList();

        var problems = SdkBindingCheck.FindProblems(TestAssembly, listings);

        Assert.DoesNotContain(problems, problem => problem.StartsWith("typeref ", StringComparison.Ordinal) || problem.StartsWith("memberref ", StringComparison.Ordinal));
    }

    [Fact]
    public void CompiledReferenceMissingFromListing_IsReported()
    {
        var xunitCore = ApiListingFile.FromAssembly(typeof(TheoryData<,>).Assembly.Location);
        var withoutAdd = ApiListingFile.Parse([$"assembly {xunitCore.Identity}", .. xunitCore.BodyLines.Where(line => !line.Contains("TheoryData`2::Add(", StringComparison.Ordinal))]);

        var problems = SdkBindingCheck.FindProblems(TestAssembly, [withoutAdd]);

        Assert.Contains($"memberref method Xunit.TheoryData`2::Add(!0, !1) : System.Void is not a public member of the real xunit.core {typeof(TheoryData<,>).Assembly.GetName().Version}", problems);
    }

    [Fact]
    public void ReadTargetFramework_OfCraftedPlugin_IsTheDeclaredFramework()
    {
        var plugin = new CraftedAssembly("Plugin");
        plugin.TargetFramework(plugin.Reference(Mscorlib), ".NETFramework,Version=v4.6.2");
        using var file = plugin.Save();

        var framework = SdkBindingCheck.ReadTargetFramework(file.Path);

        Assert.Equal(SdkBindingCheck.RequiredTargetFramework, framework);
    }

    [Fact]
    public void ReadTargetFramework_OfTestAssembly_IsNet10()
    {
        var path = TestAssembly;

        var framework = SdkBindingCheck.ReadTargetFramework(path);

        Assert.Equal(".NETCoreApp,Version=v10.0", framework);
    }

    [Fact]
    public void ReadTargetFramework_WithoutTheAttribute_IsNull()
    {
        using var file = new CraftedAssembly("Plugin").Save();

        var framework = SdkBindingCheck.ReadTargetFramework(file.Path);

        Assert.Null(framework);
    }
}
