using System;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>What the caller sees when a synchronous plugin fails (troubleshoot-plug-in.md; dataverse-facts 1.3).</summary>
public sealed class PluginFailureTests
{
    [Fact]
    public void InvalidPluginExecutionException_ReachesTheCallerAsIsvAbortedWithItsMessage()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<Refuser>("Create").Configured("Log a subject before saving."));

        var fault = FaultAssert.Throws(ErrorCodes.IsvAborted, () => org.SystemService.Create(A.Task().Build()));

        Assert.Equal("Log a subject before saving.", fault.Message);
    }

    [Fact]
    public void OtherException_ReachesTheCallerAsIsvUnExpected()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<Crasher>("Create"));

        var fault = FaultAssert.Throws(ErrorCodes.IsvUnExpected, () => org.SystemService.Create(A.Task().Build()));

        Assert.Contains("System.InvalidOperationException: boom", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailingStep_PutsItsTraceInTheFault()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<Refuser>("Create"));

        var fault = FaultAssert.Throws(ErrorCodes.IsvAborted, () => org.SystemService.Create(A.Task().Build()));

        Assert.Equal("refusing", fault.TraceText.Trim());
    }

    [Fact]
    public void FailedExecution_IsKeptInTheTraceLogWithItsError()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<Crasher>("Create"));

        Assert.ThrowsAny<Exception>(() => org.SystemService.Create(A.Task().Build()));

        Assert.Equal("System.InvalidOperationException: boom", Assert.Single(org.TracesOf<Crasher>()).Error);
    }

    [Fact]
    public void StepOfAPluginTypeFromAnUnregisteredAssembly_FailsAtRegistrationNamingIt()
    {
        using var org = new EmulatedOrganization();
        var step = AStep.For<Refuser>("Create");

        var error = Assert.Throws<InvalidOperationException>(() => org.Plugins.Register(step));

        Assert.Contains("AdoptionPlugins.Emulator.Tests", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepOnATableTheOrganizationDoesNotHave_FailsAtRegistrationNamingIt()
    {
        using var org = new EmulatedOrganization();
        var step = AStep.For<Refuser>("Create", "adopt_usag");

        var error = Assert.Throws<ArgumentException>(() => org.Register(step));

        Assert.Contains("registered on table 'adopt_usag', which the organization does not have", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PluginChangeToTarget_DoesNotReachTheCallersEntity()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<TargetWriter>("Create").In(Tooling.Registrations.PipelineStage.PreOperation).Configured("description=Plugin"));
        var task = A.Task().Build();

        org.SystemService.Create(task);

        Assert.False(task.Contains("description"));
    }
}
