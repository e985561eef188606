using System;
using System.Linq;
using AdoptionPlugins.Emulator.Pipeline;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>Which steps fire, in which order, and what Target, outputs and shared variables they see (dataverse-facts 1.5, 1.6, 9.1, 9.2).</summary>
public sealed class StageTests
{
    [Fact]
    public void StepsOnCreate_RunByStageThenRank()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").In(PipelineStage.PostOperation).Ranked(1).Configured("post-1"));
        org.Register(AStep.For<ContextTracer>("Create").In(PipelineStage.PreOperation).Ranked(2).Configured("pre-2"));
        org.Register(AStep.For<ContextTracer>("Create").In(PipelineStage.PreOperation).Ranked(1).Configured("pre-1"));
        org.Register(AStep.For<ContextTracer>("Create").In(PipelineStage.PreValidation).Ranked(9).Configured("validation-9"));

        org.SystemService.Create(A.Task().Build());

        Assert.Equal(["validation-9|null", "pre-1|null", "pre-2|null", "post-1|null"], org.TracesOf<ContextTracer>().Values("config"));
    }

    [Fact]
    public void PreOperationChangeToTarget_IsWhatTheCoreOperationSaves()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<TargetWriter>("Create").In(PipelineStage.PreOperation).Configured("description=Set by a plugin"));

        var id = org.SystemService.Create(A.Task().Build());

        Assert.Equal("Set by a plugin", org.SystemService.Retrieve("task", id, new ColumnSet("description"))["description"]);
    }

    [Fact]
    public void UpdateTarget_HoldsOnlyTheColumnsSent()
    {
        using var org = new EmulatedOrganization();
        var id = org.SystemService.Create(A.Task().With("description", "Kept").Build());
        org.Register(AStep.For<ContextTracer>("Update").FilteredOn("subject"));

        org.SystemService.Update(new Entity("task", id) { ["subject"] = "Renamed" });

        Assert.Equal("subject", org.TracesOf<ContextTracer>().Single().Value("target"));
    }

    [Fact]
    public void FilteredUpdateStep_FiresWhenItsColumnIsSentEvenUnchanged()
    {
        using var org = new EmulatedOrganization();
        var id = org.SystemService.Create(A.Task().WithSubject("Same").Build());
        org.Register(AStep.For<ContextTracer>("Update").FilteredOn("subject"));

        org.SystemService.Update(new Entity("task", id) { ["subject"] = "Same" });
        org.SystemService.Update(new Entity("task", id) { ["description"] = "Other column" });

        Assert.Equal(["subject"], org.TracesOf<ContextTracer>().Values("target"));
    }

    [Fact]
    public void DisabledStep_DoesNotFire()
    {
        using var org = new EmulatedOrganization();
        var step = org.Register(AStep.For<Refuser>("Create"));
        org.Plugins.Disable(step.Id);

        var id = org.SystemService.Create(A.Task().Build());

        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void StepOnAnyTable_FiresForEveryTable()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create", table: null));

        org.SystemService.Create(A.Task().Build());
        org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(["task", "account"], org.TracesOf<ContextTracer>().Values("entity"));
    }

    [Fact]
    public void CreatedId_IsAnOutputInPostOperationOnly()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").In(PipelineStage.PreOperation));
        org.Register(AStep.For<ContextTracer>("Create"));

        var id = org.SystemService.Create(A.Task().Build());

        var traces = org.TracesOf<ContextTracer>();
        Assert.Equal(["", "id"], traces.Values("outputs"));
        Assert.Equal([Guid.Empty.ToString(), id.ToString()], traces.Values("id"));
    }

    [Fact]
    public void UpdateOfStateWithOtherColumns_RunsPreOperationAndPostOperationTwice()
    {
        using var org = new EmulatedOrganization();
        var id = org.SystemService.Create(A.Task().Build());
        org.Register(AStep.For<ContextTracer>("Update").In(PipelineStage.PreValidation));
        org.Register(AStep.For<ContextTracer>("Update"));

        org.SystemService.Update(new Entity("task", id) { ["subject"] = "Done", ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5) });

        Assert.Equal(["10:statecode,statuscode,subject", "40:subject", "40:statecode,statuscode"], org.TracesOf<ContextTracer>().Select(t => $"{t.Value("stage")}:{t.Value("target")}"));
    }

    [Fact]
    public void SharedVariableSetInPreValidation_ReachesPostOperationThroughParentContext()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<SharedVariableWriter>("Create").In(PipelineStage.PreValidation).Configured("early"));
        org.Register(AStep.For<SharedVariableWriter>("Create").In(PipelineStage.PreOperation).Configured("late"));
        org.Register(AStep.For<ContextTracer>("Create"));

        org.SystemService.Create(A.Task().Build());

        var trace = org.TracesOf<ContextTracer>().Single();
        Assert.Equal("late:stage20", trace.Value("shared"));
        Assert.Equal("early:stage10", trace.Value("parentshared"));
    }

    [Fact]
    public void TagParameter_ShowsAsASharedVariable()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create"));

        org.SystemService.Execute(new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = A.Task().Build(), ["tag"] = "import-42" });

        Assert.Equal("tag:import-42", org.TracesOf<ContextTracer>().Single().Value("shared"));
    }

    [Fact]
    public void StepConfiguration_ReachesTheUnsecureAndSecureConstructor()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").Configured("visible"), new StepOptions { SecureConfiguration = "secret" });

        org.SystemService.Create(A.Task().Build());

        Assert.Equal("visible|secret", org.TracesOf<ContextTracer>().Single().Value("config"));
    }

    [Fact]
    public void RepeatedExecutions_ShareOnePluginInstancePerStep()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create"));

        org.SystemService.Create(A.Task().Build());
        org.SystemService.Create(A.Task().Build());

        Assert.Single(org.TracesOf<ContextTracer>().Values("instance").Distinct());
    }
}
