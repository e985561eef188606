using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Assemblies;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Assemblies;

/// <summary>Checks that real listing lines normalize to the keys compiled references produce.</summary>
public class ApiMemberKeyTests
{
    // Real lines of Microsoft.Xrm.Sdk-9.0.0.0.txt and the keys a compiled reference to them produces.
    public static TheoryData<string, string> RealLines => new()
    {
        { "ctor public Microsoft.Xrm.Sdk.Entity::.ctor(System.String entityName, System.Guid id)", "ctor Microsoft.Xrm.Sdk.Entity::.ctor(System.String, System.Guid)" },
        { "method public virtual Microsoft.Xrm.Sdk.Entity::GetAttributeValue<T>(System.String attributeLogicalName) : !!0", "method Microsoft.Xrm.Sdk.Entity::GetAttributeValue`1(System.String) : !!0" },
        { "method public virtual Microsoft.Xrm.Sdk.DataCollection`2::get_Item(!0 key) : !1", "method Microsoft.Xrm.Sdk.DataCollection`2::get_Item(!0) : !1" },
        { "method public Microsoft.Xrm.Sdk.Entity::get_Item(System.String attributeName) : System.Object", "method Microsoft.Xrm.Sdk.Entity::get_Item(System.String) : System.Object" },
        { "field public static readonly Microsoft.Xrm.Sdk.ClaimTypes::Organization : System.String", "field Microsoft.Xrm.Sdk.ClaimTypes::Organization : System.String" },
        { "field public const Microsoft.Xrm.Sdk.EntityRole::Referenced : Microsoft.Xrm.Sdk.EntityRole = 1", "field Microsoft.Xrm.Sdk.EntityRole::Referenced : Microsoft.Xrm.Sdk.EntityRole" },
        { "method public Microsoft.Xrm.Sdk.Entity::TryGetAttributeValue<T>(System.String attributeKey, out !!0 result) : System.Boolean", "method Microsoft.Xrm.Sdk.Entity::TryGetAttributeValue`1(System.String, !!0&) : System.Boolean" },
        { "method public static Microsoft.Xrm.Sdk.Extensions.ContextExtensions::InputParameterOrDefault<T>(this Microsoft.Xrm.Sdk.IPluginExecutionContext context, System.String parameterName) : !!0", "method Microsoft.Xrm.Sdk.Extensions.ContextExtensions::InputParameterOrDefault`1(Microsoft.Xrm.Sdk.IPluginExecutionContext, System.String) : !!0" },
        { "method public Microsoft.Xrm.Sdk.ITracingService::Trace(System.String format, params System.Object[] args) : System.Void", "method Microsoft.Xrm.Sdk.ITracingService::Trace(System.String, System.Object[]) : System.Void" },
        { "ctor public Microsoft.Xrm.Sdk.PluginTelemetry.EventId::.ctor(System.Int32 id, System.String name = null)", "ctor Microsoft.Xrm.Sdk.PluginTelemetry.EventId::.ctor(System.Int32, System.String)" },
        { "method protected static Microsoft.Xrm.Sdk.Metadata.ConstantsBase`1::Add<T2>(!0 value) : !!0 where T2 : Microsoft.Xrm.Sdk.Metadata.ConstantsBase`1<!0>, new()", "method Microsoft.Xrm.Sdk.Metadata.ConstantsBase`1::Add`1(!0) : !!0" },
        { "method public Microsoft.Xrm.Sdk.DataCollection`2::CopyTo(System.Collections.Generic.KeyValuePair`2<!0, !1>[] array, System.Int32 arrayIndex) : System.Void", "method Microsoft.Xrm.Sdk.DataCollection`2::CopyTo(System.Collections.Generic.KeyValuePair`2<!0, !1>[], System.Int32) : System.Void" },
    };

    [Theory]
    [MemberData(nameof(RealLines))]
    public void RealListingLine_NormalizesToReferenceKey(string line, string expectedKey)
    {
        var listing = RealSdkListings.XrmSdk;

        var key = ApiMemberKey.FromListingLine(line);

        Assert.Contains(line, listing.BodyLines);
        Assert.Equal(expectedKey, key);
    }

    [Theory]
    [InlineData("type public class Microsoft.Xrm.Sdk.Entity : System.Object implements System.Runtime.Serialization.IExtensibleDataObject [DefaultMember(\"Item\")]")]
    [InlineData("property public Microsoft.Xrm.Sdk.Entity::Item[System.String attributeName] : System.Object { get; set; }")]
    [InlineData("event public Microsoft.Xrm.Sdk.Client.IEndpointSwitch::EndpointSwitched : System.EventHandler`1<Microsoft.Xrm.Sdk.Client.EndpointSwitchEventArgs> { add; remove; }")]
    public void TypePropertyAndEventLines_HaveNoKey(string line)
    {
        var listing = RealSdkListings.XrmSdk;

        var key = ApiMemberKey.FromListingLine(line);

        Assert.Contains(line, listing.BodyLines);
        Assert.Null(key);
    }

    [Fact]
    public void DefaultsWithCommasAndBrackets_DoNotSplitParameters()
    {
        var line = "method public N.C::M(System.String a = \"x, (y)\", System.Char b = ',', System.Decimal c = [DecimalConstant(2, 0, 0, 0, 5)], ref System.Int32 d) : System.Void";

        var key = ApiMemberKey.FromListingLine(line);

        Assert.Equal("method N.C::M(System.String, System.Char, System.Decimal, System.Int32&) : System.Void", key);
    }
}
