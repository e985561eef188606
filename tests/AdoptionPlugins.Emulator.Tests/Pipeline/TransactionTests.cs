using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>A synchronous failure rolls back every write of the operation; a failed call ends the transaction (dataverse-facts 1.3, 1.6, 9.3).</summary>
public sealed class TransactionTests
{
    [Fact]
    public void FailingPostOperationStep_RollsBackTheCreateAndEarlierStepsWrites()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<TaskCreator>("Create", "account").In(PipelineStage.PreOperation).Configured("system|Written before the failure"));
        org.Register(AStep.For<Refuser>("Create", "account"));

        FaultAssert.Throws(ErrorCodes.IsvAborted, () => org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Empty(Rows(org, "account"));
        Assert.Empty(Rows(org, "task"));
    }

    [Fact]
    public void FailureInANestedCall_RollsBackTheOuterOperation()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<TaskCreator>("Create", "account").Configured("system|Nested"));
        org.Register(AStep.For<Refuser>("Create", "task"));

        FaultAssert.Throws(ErrorCodes.IsvAborted, () => org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Empty(Rows(org, "account"));
    }

    [Fact]
    public void WritesOfTopLevelPreValidation_AreKeptWhenTheOperationFails()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<TaskCreator>("Create", "account").In(PipelineStage.PreValidation).Configured("system|Outside the transaction"));
        org.Register(AStep.For<Refuser>("Create", "account"));

        FaultAssert.Throws(ErrorCodes.IsvAborted, () => org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Single(Rows(org, "task"));
    }

    [Fact]
    public void FailedUpdate_RestoresTheRowAsItWas()
    {
        using var org = new EmulatedOrganization();
        var id = org.SystemService.Create(A.Task().WithSubject("Original").Build());
        org.Register(AStep.For<Refuser>("Update"));

        FaultAssert.Throws(ErrorCodes.IsvAborted, () => org.SystemService.Update(new Entity("task", id) { ["subject"] = "Changed" }));

        Assert.Equal("Original", org.SystemService.Retrieve("task", id, new ColumnSet("subject"))["subject"]);
    }

    [Fact]
    public void FailedDelete_PutsTheRowBack()
    {
        using var org = new EmulatedOrganization();
        var id = org.SystemService.Create(A.Task().Build());
        org.Register(AStep.For<Refuser>("Delete"));

        FaultAssert.Throws(ErrorCodes.IsvAborted, () => org.SystemService.Delete("task", id));

        Assert.Single(Rows(org, "task"));
    }

    [Fact]
    public void CallAfterAFailedCallInTheTransaction_FaultsWithNoActiveTransaction()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<FailedCallSwallower>("Create").Configured("again"));

        FaultAssert.Throws(ErrorCodes.NoActiveTransaction, () => org.SystemService.Create(A.Task().Build()));

        Assert.Empty(Rows(org, "task"));
    }

    [Fact]
    public void PluginThatSwallowsAFailedCallAndReturns_FailsTheOperation()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<FailedCallSwallower>("Create"));

        var fault = FaultAssert.Throws(ErrorCodes.IsvReducedOpenTransactionCount, () => org.SystemService.Create(A.Task().Build()));

        Assert.Equal("swallowed", fault.TraceText.Trim());
    }

    [Fact]
    public void SwallowedFailureOutsideTheTransaction_DoesNotFailTheOperation()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<FailedCallSwallower>("Create", "account").In(PipelineStage.PreValidation).Configured("again"));

        org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Single(Rows(org, "account"));
        Assert.Single(Rows(org, "task"));
    }

    [Fact]
    public void RolledBackOperation_QueuesNoSystemJob()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous());
        org.Register(AStep.For<Refuser>("Create").Ranked(2));

        FaultAssert.Throws(ErrorCodes.IsvAborted, () => org.SystemService.Create(A.Task().Build()));

        Assert.Equal(0, org.AsyncJobs.PendingCount);
        Assert.Empty(Rows(org, "asyncoperation"));
    }

    private static System.Collections.Generic.List<Entity> Rows(EmulatedOrganization org, string table) =>
        [.. org.SystemService.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities];
}
