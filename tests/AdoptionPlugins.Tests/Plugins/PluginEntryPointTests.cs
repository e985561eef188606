using System;
using System.ServiceModel;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Testing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace AdoptionPlugins.Tests.Plugins;

/// <summary>How the entry point turns a refused request into the exception the platform acts on.</summary>
public class PluginEntryPointTests
{
    [Fact]
    public void SystemJobHittingADeadlock_AsksTheAsyncServiceForARetry()
    {
        var error = Run(PluginMode.Asynchronous, TransientFaults.GenericSqlError);

        Assert.Equal(OperationStatus.Retry, error.Status);
        Assert.Contains("will be retried", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemJobLosingACreateRace_AsksForARetry()
    {
        var error = Run(PluginMode.Asynchronous, TransientFaults.DuplicateRecord);

        Assert.Equal(OperationStatus.Retry, error.Status);
    }

    [Fact]
    public void SystemJobRefusedForGood_FailsWithoutARetry()
    {
        const int PrivilegeDenied = -2147220960;

        var error = Run(PluginMode.Asynchronous, PrivilegeDenied);

        Assert.NotEqual(OperationStatus.Retry, error.Status);
        Assert.Contains("Dataverse refused a request", error.Message, StringComparison.Ordinal);
    }

    // In the user's transaction a failed call has already ended it; only the user can try again (dataverse-facts 1.3).
    [Fact]
    public void SynchronousStepHittingADeadlock_FailsWithoutARetry()
    {
        var error = Run(PluginMode.Synchronous, TransientFaults.GenericSqlError);

        Assert.NotEqual(OperationStatus.Retry, error.Status);
    }

    private static InvalidPluginExecutionException Run(PluginMode mode, int errorCode)
    {
        var context = new FakePluginExecutionContext { MessageName = "Create", PrimaryEntityName = "task", Mode = (int)mode };
        var refusing = new ExecuteOnlyOrganizationService(_ => throw new FaultException<OrganizationServiceFault>(
            new OrganizationServiceFault { ErrorCode = errorCode, Message = "Refused by the test." }, new FaultReason("Refused")));
        return Assert.Throws<InvalidPluginExecutionException>(() => new UpsertingPlugin().Execute(new FakePluginServices(context, _ => refusing)));
    }

    private sealed class UpsertingPlugin : PluginEntryPoint
    {
        protected override void Run(PluginContext context) => context.SystemService.Execute(new UpsertRequest { Target = new Entity("task", Guid.NewGuid()) });
    }
}
