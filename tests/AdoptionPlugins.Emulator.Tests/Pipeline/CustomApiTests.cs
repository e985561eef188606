using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Registrations;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>Custom APIs: request checked against their parameters, plug-in at stage 30, declared outputs as the response (dataverse-facts 2).</summary>
public sealed class CustomApiTests
{
    private const string Echo = "new_Echo";

    [Fact]
    public void CustomApiRequest_ReturnsItsPluginsOutputsAsTheResponse()
    {
        using var org = new EmulatedOrganization();
        org.Register<EchoApi>(EchoDefinition());

        var response = org.SystemService.Execute(new OrganizationRequest(Echo) { ["Text"] = "hi", ["Times"] = 2 });

        Assert.Equal((Echo, "HIHI"), (response.ResponseName, response["Echo"]));
    }

    [Fact]
    public void CallerWithoutTheExecutePrivilege_IsRefused()
    {
        using var org = new EmulatedOrganization();
        org.Register<EchoApi>(EchoDefinition() with { ExecutePrivilegeName = "prvWriteActivity" });
        var reader = org.ServiceFor(org.CreateUser("Reader", role: A.Role("Readers").Granting("task", PrivilegeDepth.Global, AccessRight.Read).Build()));

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => reader.Execute(new OrganizationRequest(Echo) { ["Text"] = "hi", ["Times"] = 1 }));

        Assert.Contains("prvWriteActivity", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CallerHoldingTheExecutePrivilege_GetsTheResponse()
    {
        using var org = new EmulatedOrganization();
        org.Register<EchoApi>(EchoDefinition() with { ExecutePrivilegeName = "prvWriteActivity" });
        var writer = org.ServiceFor(org.CreateUser("Writer", role: A.Role("Writers").Granting("task", PrivilegeDepth.Basic, AccessRight.Write).Build()));

        var response = writer.Execute(new OrganizationRequest(Echo) { ["Text"] = "hi", ["Times"] = 1 });

        Assert.Equal("HI", response["Echo"]);
    }

    [Fact]
    public void MainOperation_RunsAtStage30InsideTheTransaction()
    {
        using var org = new EmulatedOrganization();
        org.Register<ContextTracer>(EchoDefinition() with { RequestParameters = [], ResponseProperties = [] });

        org.SystemService.Execute(new OrganizationRequest(Echo));

        var trace = org.TracesOf<ContextTracer>().Single();
        Assert.Equal(("30", "True", "none"), (trace.Value("stage"), trace.Value("intransaction"), trace.Value("entity")));
    }

    [Fact]
    public void RequestWithoutARequiredParameter_FaultsNamingIt()
    {
        using var org = new EmulatedOrganization();
        org.Register<EchoApi>(EchoDefinition());

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.SystemService.Execute(new OrganizationRequest(Echo) { ["Times"] = 2 }));

        Assert.Contains("requires parameter 'Text' (String)", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterOfTheWrongType_FaultsNamingBothTypes()
    {
        using var org = new EmulatedOrganization();
        org.Register<EchoApi>(EchoDefinition());

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.SystemService.Execute(new OrganizationRequest(Echo) { ["Text"] = "hi", ["Times"] = "2" }));

        Assert.Contains("'Times' of custom API 'new_Echo' is a Integer; the request sent a String", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredParameter_FaultsListingTheDeclaredOnes()
    {
        using var org = new EmulatedOrganization();
        org.Register<EchoApi>(EchoDefinition());

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.SystemService.Execute(new OrganizationRequest(Echo) { ["Text"] = "hi", ["Loud"] = true }));

        Assert.Contains("no request parameter 'Loud'; it declares: Text, Times", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputTheApiDoesNotDeclare_FaultsNamingIt()
    {
        using var org = new EmulatedOrganization();
        org.Register<UndeclaredOutputApi>(EchoDefinition() with { RequestParameters = [] });

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.SystemService.Execute(new OrganizationRequest(Echo)));

        Assert.Contains("set output 'Surprise'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostOperationStepOnTheApiMessage_SeesTheOutputs()
    {
        using var org = new EmulatedOrganization();
        org.Register<EchoApi>(EchoDefinition());
        org.Register(AStep.For<ContextTracer>(Echo, table: null));

        org.SystemService.Execute(new OrganizationRequest(Echo) { ["Text"] = "hi" });

        Assert.Equal("Echo", org.TracesOf<ContextTracer>().Single().Value("outputs"));
    }

    [Fact]
    public void SynchronousStepOnAnAsyncOnlyApi_DoesNotFire()
    {
        using var org = new EmulatedOrganization();
        org.Register<EchoApi>(EchoDefinition() with { AllowedCustomProcessingStepType = CustomProcessingStepType.AsyncOnly });
        org.Register(AStep.For<Refuser>(Echo, table: null));

        var response = org.SystemService.Execute(new OrganizationRequest(Echo) { ["Text"] = "hi" });

        Assert.Equal("HI", response["Echo"]);
    }

    [Fact]
    public void EntityBoundApi_RunsForItsTargetRow()
    {
        using var org = new EmulatedOrganization();
        var accountId = org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });
        org.Register<ContextTracer>(EchoDefinition() with { BindingType = CustomApiBindingType.Entity, BoundEntityLogicalName = "account", RequestParameters = [], ResponseProperties = [] });

        org.SystemService.Execute(new OrganizationRequest(Echo) { ["Target"] = new EntityReference("account", accountId) });

        Assert.Equal(("account", accountId.ToString()), (org.TracesOf<ContextTracer>().Single().Value("entity"), org.TracesOf<ContextTracer>().Single().Value("id")));
    }

    [Fact]
    public void EntityBoundApiCalledForAnotherTable_FaultsNamingBoth()
    {
        using var org = new EmulatedOrganization();
        org.Register<ContextTracer>(EchoDefinition() with { BindingType = CustomApiBindingType.Entity, BoundEntityLogicalName = "account", RequestParameters = [], ResponseProperties = [] });

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.SystemService.Execute(new OrganizationRequest(Echo) { ["Target"] = new EntityReference("contact", Guid.NewGuid()) }));

        Assert.Contains("takes a 'account' row; the request sent a 'contact' one", fault.Message, StringComparison.Ordinal);
    }

    private static CustomApiRegistration EchoDefinition() => new()
    {
        UniqueName = Echo,
        AllowedCustomProcessingStepType = CustomProcessingStepType.SyncAndAsync,
        RequestParameters =
        [
            new CustomApiRequestParameter { UniqueName = "Text", Type = CustomApiParameterType.String },
            new CustomApiRequestParameter { UniqueName = "Times", Type = CustomApiParameterType.Integer, IsOptional = true },
        ],
        ResponseProperties = [new CustomApiResponseProperty { UniqueName = "Echo", Type = CustomApiParameterType.String }],
    };
}
