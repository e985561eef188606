using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>The optional parameters that skip custom logic for one request (dataverse-facts 1.6).</summary>
public sealed class BypassTests
{
    [Fact]
    public void BypassCustomSync_SkipsSynchronousStepsButStillQueuesAsynchronousOnes()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<Refuser>("Create"));
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous());

        org.SystemService.Execute(new CreateRequest { Target = A.Task().Build(), ["BypassBusinessLogicExecution"] = "CustomSync" });

        Assert.Equal(1, org.AsyncJobs.PendingCount);
    }

    [Fact]
    public void BypassFromACallerWithoutThePrivilege_IsRefusedBeforeAnythingRuns()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<Refuser>("Create"));
        var request = new CreateRequest { Target = A.Task().Build(), ["BypassBusinessLogicExecution"] = "CustomSync" };
        var caller = org.ServiceFor(org.CreateUser("Plain user", role: BuiltInRoles.BasicUser));

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => caller.Execute(request));

        Assert.Contains(PrivilegeNames.BypassCustomBusinessLogic, fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyBypassFromACallerWithoutThePrivilege_IsRefused()
    {
        using var org = new EmulatedOrganization();
        var request = new CreateRequest { Target = A.Task().Build(), ["BypassCustomPluginExecution"] = true };
        var caller = org.ServiceFor(org.CreateUser("Plain user", role: BuiltInRoles.BasicUser));

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => caller.Execute(request));

        Assert.Contains(PrivilegeNames.BypassCustomPlugins, fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BypassCustomAsync_QueuesNoSystemJob()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous());

        org.SystemService.Execute(new CreateRequest { Target = A.Task().Build(), ["BypassBusinessLogicExecution"] = "CustomAsync" });

        Assert.Equal(0, org.AsyncJobs.PendingCount);
    }

    [Fact]
    public void LegacyBypassCustomPluginExecution_SkipsSynchronousStepsOnly()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<Refuser>("Create"));
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous());

        org.SystemService.Execute(new CreateRequest { Target = A.Task().Build(), ["BypassCustomPluginExecution"] = true });

        Assert.Equal(1, org.AsyncJobs.PendingCount);
    }

    [Fact]
    public void BypassOfStepIds_SkipsOnlyThoseSteps()
    {
        using var org = new EmulatedOrganization();
        var refuser = org.Register(AStep.For<Refuser>("Create"));
        org.Register(AStep.For<ContextTracer>("Create"));

        org.SystemService.Execute(new CreateRequest { Target = A.Task().Build(), ["BypassBusinessLogicExecutionStepIds"] = refuser.Id.ToString() });

        Assert.Single(org.TracesOf<ContextTracer>());
    }

    [Fact]
    public void UnknownBypassValue_FaultsNamingTheAllowedOnes()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create"));
        var request = new CreateRequest { Target = A.Task().Build(), ["BypassBusinessLogicExecution"] = "Everything" };

        var fault = FaultAssert.Throws(ErrorCodes.InvalidArgument, () => org.SystemService.Execute(request));

        Assert.Contains("CustomSync, CustomAsync", fault.Message, System.StringComparison.Ordinal);
    }
}
