using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Pipeline;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>Service protection faults injected for external callers, and the 2-minute limit on an emulated clock (dataverse-facts 1.2, 1.8, 4.6).</summary>
public sealed class FaultsOnDemandTests
{
    [Theory]
    [InlineData(ServiceProtectionLimit.NumberOfRequests, ErrorCodes.ThrottlingBurstRequestLimitExceededError)]
    [InlineData(ServiceProtectionLimit.ExecutionTime, ErrorCodes.ThrottlingTimeExceededError)]
    [InlineData(ServiceProtectionLimit.ConcurrentRequests, ErrorCodes.ThrottlingConcurrencyLimitExceededError)]
    public void InjectedLimit_FailsTheNextExternalRequestWithRetryAfter(ServiceProtectionLimit limit, int errorCode)
    {
        using var org = new EmulatedOrganization();
        org.ServiceProtection.Inject(limit, TimeSpan.FromSeconds(30));

        var fault = FaultAssert.Throws(errorCode, () => org.SystemService.Create(A.Task().Build()));

        Assert.Equal(TimeSpan.FromSeconds(30), fault.ErrorDetails["Retry-After"]);
    }

    [Fact]
    public void InjectedLimit_LastsForTheGivenNumberOfRequests()
    {
        using var org = new EmulatedOrganization();
        org.ServiceProtection.Inject(ServiceProtectionLimit.NumberOfRequests, TimeSpan.FromSeconds(5), times: 2);

        var outcomes = Enumerable.Range(0, 3).Select(_ => Record.Exception(() => org.SystemService.Create(A.Task().Build())) is null).ToArray();

        Assert.Equal([false, false, true], outcomes);
    }

    [Fact]
    public void InjectedLimitForOneUser_LeavesOtherUsersAlone()
    {
        using var org = new EmulatedOrganization();
        var throttled = org.CreateUser("Throttled");
        org.ServiceProtection.Inject(ServiceProtectionLimit.NumberOfRequests, TimeSpan.FromSeconds(5), userId: throttled);

        var id = org.SystemService.Create(A.Task().Build());

        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void InjectedLimit_DoesNotReachRequestsMadeByPlugins()
    {
        using var org = new EmulatedOrganization();
        var throttled = org.CreateUser("Throttled");
        org.Register(AStep.For<TaskCreator>("Create", "account").Configured($"{throttled}|Made by a plugin as the throttled user"));
        org.ServiceProtection.Inject(ServiceProtectionLimit.NumberOfRequests, TimeSpan.FromSeconds(5), userId: throttled);

        org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Single(org.SystemService.RetrieveMultiple(new QueryExpression("task")).Entities);
        FaultAssert.Throws(ErrorCodes.ThrottlingBurstRequestLimitExceededError, () => org.ServiceFor(throttled).Create(A.Task().Build()));
    }

    [Fact]
    public void SynchronousPipelineOverTwoMinutes_TimesOutAndRollsBack()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ClockSpender>("Create").In(PipelineStage.PreOperation).Configured("1.5"));
        org.Register(AStep.For<ClockSpender>("Create").Configured("1"));

        var fault = FaultAssert.Throws(ErrorCodes.SandboxHostPluginTimeout, () => org.SystemService.Create(A.Task().Build()));

        Assert.Contains("within the 2-minute limit", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.SystemService.RetrieveMultiple(new QueryExpression("task")).Entities);
    }

    [Fact]
    public void CustomApiMainOperationOverTwoMinutes_TimesOut()
    {
        using var org = new EmulatedOrganization();
        org.Plugins.RegisterCustomApi(new CustomApiRegistration { UniqueName = "new_Slow" }, typeof(ClockSpenderForApis));

        FaultAssert.Throws(ErrorCodes.SandboxHostPluginTimeout, () => org.SystemService.Execute(new OrganizationRequest("new_Slow")));
    }

    [Fact]
    public void CostPerRequest_LetsManyNestedRequestsReachTheLimit()
    {
        using var org = new EmulatedOrganization(new EmulatedOrganizationOptions { RequestDuration = TimeSpan.FromSeconds(20) });
        var id = org.SystemService.Create(A.Task().Build());
        org.Register(AStep.For<SelfUpdater>("Update"));

        FaultAssert.Throws(ErrorCodes.SandboxHostPluginTimeout, () => org.SystemService.Update(new Entity("task", id) { ["subject"] = "Go" }));

        // The window opens with the first request; the seventh nested one comes 140 s later, past it, before the depth limit.
        Assert.Equal(7, org.TracesOf<SelfUpdater>().Count);
    }

    [Fact]
    public void AsynchronousExecutionOverTwoMinutes_FailsItsJob()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ClockSpender>("Create").Asynchronous().Configured("3"));
        org.SystemService.Create(A.Task().Build());

        var result = org.AsyncJobs.RunAll();

        Assert.Contains("within the 2-minute limit", result.Jobs.Single(j => j.Status == AsyncJobStatus.Failed).Message, StringComparison.Ordinal);
    }
}
