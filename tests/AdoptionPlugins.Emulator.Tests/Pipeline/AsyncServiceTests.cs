using System;
using System.Linq;
using AdoptionPlugins.Emulator.Pipeline;
using AdoptionPlugins.Emulator.Tests.Pipeline.TestPlugins;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Pipeline;

/// <summary>Asynchronous steps as system jobs: queued rows, running on demand, retries, order and concurrency (dataverse-facts 1.3, 1.7).</summary>
public sealed class AsyncServiceTests
{
    [Fact]
    public void AsynchronousStep_QueuesAWaitingSystemJobThatDoesNotRunByItself()
    {
        using var org = new EmulatedOrganization();
        var step = org.Register(AStep.For<ContextTracer>("Create").Asynchronous());

        var taskId = org.SystemService.Create(A.Task().Build());

        var job = Jobs(org).Single();
        Assert.Equal((0, 0, 1), (State(job), Status(job), job.GetAttributeValue<OptionSetValue>("operationtype").Value));
        Assert.Equal((step.Name, "Create", taskId), (job["name"], job["messagename"], job.GetAttributeValue<EntityReference>("regardingobjectid").Id));
        Assert.Empty(org.TracesOf<ContextTracer>());
    }

    [Fact]
    public void RunAll_RunsTheJobWithAnAsynchronousContextAndMarksItSucceeded()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous());
        org.SystemService.Create(A.Task().Build());
        var queuedOn = (DateTime)Jobs(org).Single()["createdon"];
        org.Clock.Advance(TimeSpan.FromMinutes(5));

        org.AsyncJobs.RunAll();

        var trace = org.TracesOf<ContextTracer>().Single();
        Assert.Equal(("1", "40", "False"), (trace.Value("mode"), trace.Value("stage"), trace.Value("intransaction")));
        Assert.Equal(queuedOn.ToString("o", System.Globalization.CultureInfo.InvariantCulture), trace.Value("createdon"));
        Assert.Equal((3, 30), (State(Jobs(org).Single()), Status(Jobs(org).Single())));
    }

    [Fact]
    public void SucceededJobOfAnAutoDeleteStep_IsDeleted()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous(autoDelete: true));
        org.SystemService.Create(A.Task().Build());

        org.AsyncJobs.RunAll();

        Assert.Empty(Jobs(org));
    }

    [Fact]
    public void FailedJob_KeepsItsMessageWithStatusFailed()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<Refuser>("Create").Asynchronous(autoDelete: true).Configured("The rollup table is missing."));
        org.SystemService.Create(A.Task().Build());

        var result = org.AsyncJobs.RunAll();

        var job = Jobs(org).Single();
        Assert.Equal((3, 31, "The rollup table is missing."), (State(job), Status(job), job["message"]));
        Assert.Equal(1, result.Failed);
    }

    [Fact]
    public void JobAskingForRetry_RunsFourTimesInAllThenFails()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<RetryRequester>("Create").Asynchronous());
        org.SystemService.Create(A.Task().Build());

        var result = org.AsyncJobs.RunUntilIdle();

        Assert.Equal([AsyncJobStatus.WaitingForRetry, AsyncJobStatus.WaitingForRetry, AsyncJobStatus.WaitingForRetry, AsyncJobStatus.Failed], result.Jobs.Select(j => j.Status));
        Assert.Equal(31, Status(Jobs(org).Single()));
    }

    [Fact]
    public void JobWaitingForRetry_IsSuspendedWithItsRetryCount()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<RetryRequester>("Create").Asynchronous());
        org.SystemService.Create(A.Task().Build());

        org.AsyncJobs.RunAll();

        var job = Jobs(org).Single();
        Assert.Equal((1, 10, 1), (State(job), Status(job), job.GetAttributeValue<int>("retrycount")));
        Assert.Equal(1, org.AsyncJobs.PendingCount);
    }

    [Theory]
    [InlineData(AsyncJobOrder.Queue, "first,second,third")]
    [InlineData(AsyncJobOrder.Reverse, "third,second,first")]
    public void RunAll_TakesJobsInTheChosenOrder(AsyncJobOrder order, string expected)
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous());
        Array.ForEach(["first", "second", "third"], subject => org.SystemService.Create(A.Task().WithSubject(subject).Build()));

        var result = org.AsyncJobs.RunAll(new AsyncRunOptions { Order = order });

        Assert.Equal(expected, string.Join(",", result.Jobs.Select(j => SubjectOf(org, j.PrimaryEntityId))));
    }

    [Fact]
    public void ShuffledRuns_WithOneSeed_TakeJobsInOneOrder()
    {
        using var first = OrganizationWithTenQueuedJobs();
        using var second = OrganizationWithTenQueuedJobs();
        var options = new AsyncRunOptions { Order = AsyncJobOrder.Shuffled, Seed = 7 };

        var firstOrder = first.AsyncJobs.RunAll(options).Jobs.Select(j => SubjectOf(first, j.PrimaryEntityId));
        var secondOrder = second.AsyncJobs.RunAll(options).Jobs.Select(j => SubjectOf(second, j.PrimaryEntityId));

        Assert.Equal(firstOrder, secondOrder);
        Assert.NotEqual(Enumerable.Range(0, 10).Select(n => $"Task {n}"), firstOrder);
    }

    [Fact]
    public void RunWithIds_RunsExactlyThoseJobsInThatOrder()
    {
        using var org = OrganizationWithTenQueuedJobs();
        var pending = org.AsyncJobs.PendingJobIds;

        var result = org.AsyncJobs.Run(pending[3], pending[1]);

        Assert.Equal([pending[3], pending[1]], result.Jobs.Select(j => j.JobId));
        Assert.Equal(8, org.AsyncJobs.PendingCount);
    }

    [Fact]
    public void RunNext_RunsOnlyThatManyJobs()
    {
        using var org = OrganizationWithTenQueuedJobs();

        var result = org.AsyncJobs.RunNext(4);

        Assert.Equal((4, 6), (result.Succeeded, org.AsyncJobs.PendingCount));
    }

    [Fact]
    public void JobsQueuedByAJobsOwnWrites_RunWhenRunningUntilIdle()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<TaskCreator>("Create", "account").Asynchronous().Configured("system|Queued by a job"));
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous());
        org.SystemService.Create(new Entity("account") { ["name"] = "Contoso" });

        var result = org.AsyncJobs.RunUntilIdle();

        Assert.Equal(["Create", "Create"], result.Jobs.Select(j => j.MessageName));
        Assert.Equal("task", org.TracesOf<ContextTracer>().Single().Value("entity"));
    }

    [Fact]
    public void JobsOnSeveralThreads_RunAtTheSameTimeOnOnePluginInstance()
    {
        using var org = new EmulatedOrganization();
        org.Register(AStep.For<Rendezvous>("Create").Asynchronous().Configured("4"));
        for (var n = 0; n < 4; n++)
        {
            org.SystemService.Create(A.Task().Build());
        }

        org.AsyncJobs.RunAll(new AsyncRunOptions { Threads = 4 });

        Assert.Equal(["True", "True", "True", "True"], org.TracesOf<Rendezvous>().Values("met"));
    }

    [Fact]
    public void JobOfAStepRunningAsAnotherUser_IsOwnedByThatUser()
    {
        using var org = new EmulatedOrganization();
        var integration = org.CreateUser("Integration");
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous(), new StepOptions { ImpersonatingUserId = integration });

        org.SystemService.Create(A.Task().Build());

        Assert.Equal(integration, Jobs(org).Single().GetAttributeValue<EntityReference>("ownerid").Id);
    }

    private static EmulatedOrganization OrganizationWithTenQueuedJobs()
    {
        var org = new EmulatedOrganization();
        org.Register(AStep.For<ContextTracer>("Create").Asynchronous());
        for (var n = 0; n < 10; n++)
        {
            org.SystemService.Create(A.Task().WithSubject($"Task {n}").Build());
        }

        return org;
    }

    private static Entity[] Jobs(EmulatedOrganization org) =>
        [.. org.SystemService.RetrieveMultiple(new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet(true) }).Entities];

    private static int State(Entity job) => job.GetAttributeValue<OptionSetValue>("statecode").Value;

    private static int Status(Entity job) => job.GetAttributeValue<OptionSetValue>("statuscode").Value;

    private static string SubjectOf(EmulatedOrganization org, Guid taskId) =>
        org.SystemService.Retrieve("task", taskId, new ColumnSet("subject")).GetAttributeValue<string>("subject");
}
