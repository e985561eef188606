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

/// <summary>Who a step runs as, its depth and transaction flags, and the services it gets (dataverse-facts 1.4, 1.5, 1.6, 9.4, 9.17).</summary>
public sealed class ExecutionContextTests
{
    [Fact]
    public void ImpersonatingStep_RunsAsItsUserWhileTheCallerStaysInitiator()
    {
        using var org = new EmulatedOrganization();
        var caller = org.CreateUser("Caller");
        var runAs = org.CreateUser("Integration");
        org.Register(AStep.For<ContextTracer>("Create"), new StepOptions { ImpersonatingUserId = runAs });

        org.ServiceFor(caller).Create(A.Task().Build());

        var trace = org.TracesOf<ContextTracer>().Single();
        Assert.Equal(runAs.ToString(), trace.Value("user"));
        Assert.Equal(caller.ToString(), trace.Value("initiating"));
    }

    [Fact]
    public void ServiceCreatedForNull_ActsAsSystem()
    {
        using var org = new EmulatedOrganization();
        var caller = org.CreateUser("Caller");
        org.Register(AStep.For<TaskCreator>("Create", "account").Configured("system|Follow up"));

        org.ServiceFor(caller).Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(org.SystemUserId, CreatorOf(org, "Follow up"));
    }

    [Fact]
    public void ServiceCreatedForEmptyId_ActsAsTheStepUser()
    {
        using var org = new EmulatedOrganization();
        var caller = org.CreateUser("Caller");
        org.Register(AStep.For<TaskCreator>("Create", "account").Configured("step|Follow up"));

        org.ServiceFor(caller).Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(caller, CreatorOf(org, "Follow up"));
    }

    [Fact]
    public void CallFromAPlugin_RunsOneLevelDeeperInTheSameCorrelation()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<TaskCreator>("Create", "account").Configured("system|Nested"));
        org.Register(AStep.For<ContextTracer>("Create", table: null));

        org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });

        var traces = org.TracesOf<ContextTracer>();
        Assert.Equal(["task:2", "account:1"], traces.Select(t => $"{t.Value("entity")}:{t.Value("depth")}"));
        Assert.Single(traces.Select(t => t.CorrelationId).Distinct());
    }

    [Fact]
    public void StepThatTriggersItself_IsStoppedPastDepthEightAsALoop()
    {
        using var org = new EmulatedOrganization();
        var id = org.SystemService.Create(A.Task().Build());
        org.Register(AStep.For<SelfUpdater>("Update"));

        var fault = FaultAssert.Throws(ErrorCodes.SdkCorrelationTokenDepthTooHigh, () => org.SystemService.Update(new Entity("task", id) { ["subject"] = "Go" }));

        Assert.Contains("infinite loop", fault.Message, StringComparison.Ordinal);
        Assert.Equal(["8", "7", "6", "5", "4", "3", "2", "1"], org.TracesOf<SelfUpdater>().Values("depth"));
    }

    [Fact]
    public void TopLevelPreValidation_RunsOutsideTheTransactionAndLaterStagesInside()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").In(PipelineStage.PreValidation));
        org.Register(AStep.For<ContextTracer>("Create").In(PipelineStage.PreOperation));
        org.Register(AStep.For<ContextTracer>("Create"));

        org.SystemService.Create(A.Task().Build());

        Assert.Equal(["False", "True", "True"], org.TracesOf<ContextTracer>().Values("intransaction"));
    }

    [Fact]
    public void PreValidationOfANestedCall_RunsInsideTheCallersTransaction()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<TaskCreator>("Create", "account").Configured("system|Nested"));
        org.Register(AStep.For<ContextTracer>("Create").In(PipelineStage.PreValidation));

        org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal("True", org.TracesOf<ContextTracer>().Single().Value("intransaction"));
    }

    [Fact]
    public void SynchronousStep_SeesTheOperationTimeAsOperationCreatedOn()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create"));

        org.SystemService.Create(A.Task().Build());

        Assert.Equal(EmulatedOrganizationOptions.DefaultStartTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture), org.TracesOf<ContextTracer>().Single().Value("createdon"));
    }

    private static Guid CreatorOf(EmulatedOrganization org, string subject)
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("createdby") };
        query.Criteria.AddCondition("subject", ConditionOperator.Equal, subject);
        return org.SystemService.RetrieveMultiple(query).Entities.Single().GetAttributeValue<EntityReference>("createdby").Id;
    }
}
