using System;
using System.Collections.Generic;
using System.ServiceModel;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Service;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// The event execution pipeline: every request of every service goes through Execute, which finds the core operation, runs the
// registered steps around it in a transaction, queues the async steps, and runs system jobs when the async service asks
// (dataverse-facts 1.2 to 1.8, 9).
internal sealed class PluginPipeline
{
    // A chain of plugin-made requests past this depth is stopped as an infinite loop (dataverse-facts 1.4).
    public const int MaxDepth = 8;

    // A Retry request is honoured up to this many attempts in all (dataverse-facts 1.3).
    public const int MaxAsyncAttempts = 4;

    private const string AsyncOperation = "asyncoperation";

    public PluginPipeline(InMemoryDatabase database, PipelineSettings? settings = null)
    {
        settings ??= new PipelineSettings();
        Database = database;
        Registry = settings.Registry ?? new PluginRegistry();
        TimeLimit = settings.TimeLimit;
        RequestDuration = settings.RequestDuration;
        if (RequestDuration > TimeSpan.Zero && database.Clock is not SimulatedClock)
        {
            throw new ArgumentException("A cost per request needs the database to run on a SimulatedClock.", nameof(settings));
        }

        HasSteps = (message, table) => !Registry.StepsFor(message, table).IsEmpty;
        Rows = new SystemRows(database);
        Traces = new PluginTraceLog(settings.TraceCapacity);
        AsyncJobs = new AsyncService(RunAsyncJob);
    }

    public InMemoryDatabase Database { get; }

    public PluginRegistry Registry { get; }

    public AsyncService AsyncJobs { get; }

    public PluginTraceLog Traces { get; }

    public ServiceProtectionFaults ServiceProtection { get; } = new();

    public TimeSpan TimeLimit { get; }

    public TimeSpan RequestDuration { get; }

    public SystemRows Rows { get; }

    // Whether an enabled step is registered on a message and table; one delegate shared by every operation.
    public Func<string, string?, bool> HasSteps { get; }

    public IEmulatorClock Clock => Database.Clock;

    public OrganizationResponse Execute(OrganizationRequest request, Invocation caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (caller.IsExternal)
        {
            ServiceProtection.ThrowIfInjected(caller.UserId);
        }

        if (caller.Transaction is { IsAborted: true })
        {
            throw PipelineFaults.NoActiveTransaction();
        }

        if (RequestDuration > TimeSpan.Zero)
        {
            ((SimulatedClock)Clock).Advance(RequestDuration);
        }

        // An external request starts a correlation and its own 2-minute window; a nested one continues its caller's.
        var invocation = caller.IsExternal ? caller with { CorrelationId = Guid.NewGuid(), Deadline = Clock.UtcNow + TimeLimit } : caller;
        try
        {
            ThrowIfPastDeadline(invocation.Deadline, "the operation", string.Empty);
            return Run(Resolve(request), request, invocation);
        }
        catch (FaultException<OrganizationServiceFault>) when (invocation.Transaction is { } joined)
        {
            // Any failed data operation ends the transaction it runs in (troubleshoot-plug-in.md; dataverse-facts 1.3).
            joined.Abort();
            throw;
        }
    }

    public void ThrowIfPastDeadline(DateTime? deadline, string what, string trace)
    {
        if (deadline is { } due && Clock.UtcNow > due)
        {
            throw PipelineFaults.Timeout(what, TimeLimit, trace);
        }
    }

    // Runs one plugin execution and reports how it ended; the caller decides what a failure means (sync: fault, async: job state).
    public PluginOutcome Invoke(Func<IPlugin> plugin, PluginExecutionContext context, string pluginType, Guid? stepId, OperationTransaction? transaction, DateTime deadline)
    {
        var tracer = new PluginTracer();
        Exception? failure = null;
        try
        {
            plugin().Execute(new PluginServiceProvider(this, context, tracer, transaction, deadline));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            failure = exception;
        }

        var trace = tracer.Text;
        Traces.Add(new PluginTrace
        {
            PluginType = pluginType,
            StepId = stepId,
            MessageName = context.MessageName,
            PrimaryEntityName = context.PrimaryEntityName,
            PrimaryEntityId = context.PrimaryEntityId,
            Stage = context.Stage,
            Mode = context.Mode,
            Depth = context.Depth,
            CorrelationId = context.CorrelationId,
            Text = trace,
            Error = failure is null ? null : $"{failure.GetType().FullName}: {failure.Message}",
        });
        return new PluginOutcome(failure, trace, Clock.UtcNow > deadline);
    }

    // A synchronous execution: over the time limit, the operation times out whatever the plugin did; a plugin that swallowed a
    // failed call in a transaction fails the operation (dataverse-facts 1.2, 1.3).
    public void ThrowIfFailed(PluginOutcome outcome, PluginExecutionContext context, string pluginType, OperationTransaction transaction)
    {
        if (outcome.TimedOut)
        {
            throw PipelineFaults.Timeout($"the {pluginType} plug-in", TimeLimit, outcome.Trace);
        }

        if (outcome.Failure is { } failure)
        {
            throw PipelineFaults.FromPlugin(failure, pluginType, outcome.Trace);
        }

        if (context.IsInTransaction && transaction.IsAborted)
        {
            throw PipelineFaults.ReducedOpenTransactionCount(outcome.Trace);
        }
    }

    private CoreOperation Resolve(OrganizationRequest request)
    {
        if (Registry.FindCustomApi(request.RequestName) is { } api)
        {
            return api.Operation;
        }

        return CoreOperations.TryGet(request.RequestName, out var operation)
            ? operation
            : throw new NotSupportedException($"The emulator does not support the '{request.RequestName}' message yet.");
    }

    private OrganizationResponse Run(CoreOperation operation, OrganizationRequest request, Invocation invocation)
    {
        var ownsTransaction = invocation.Transaction is null;
        var transaction = invocation.Transaction ?? new OperationTransaction();
        var run = new OperationRun(this, operation, request, invocation, transaction);
        try
        {
            var response = run.Execute();
            response.ResponseName ??= request.RequestName;
            if (ownsTransaction)
            {
                transaction.Commit(AsyncJobs);
            }

            return response;
        }
        catch
        {
            if (ownsTransaction)
            {
                transaction.Rollback(Database);
            }

            throw;
        }
    }

    private AsyncJobOutcome RunAsyncJob(AsyncJob job)
    {
        job.Attempts++;
        var startedOn = Clock.UtcNow;
        if (!Rows.Update(AsyncOperation, job.Id, [.. State(2, 20), new("startedon", startedOn)]))
        {
            return Outcome(job, AsyncJobStatus.Canceled, "The system job no longer exists.");
        }

        var step = job.Step;
        var context = job.NewAttempt();
        var outcome = Invoke(() => step.Instance, context, step.PluginType.FullName!, step.Id, null, startedOn + TimeLimit);
        if (outcome is { Failure: null, TimedOut: false })
        {
            _ = step.Registration.AsyncAutoDelete
                ? Rows.Delete(AsyncOperation, job.Id)
                : Rows.Update(AsyncOperation, job.Id, [.. State(3, 30), new("completedon", Clock.UtcNow)]);
            return Outcome(job, AsyncJobStatus.Succeeded, null);
        }

        var fault = outcome.TimedOut
            ? PipelineFaults.Timeout($"the {step.PluginType.FullName} plug-in", TimeLimit, outcome.Trace)
            : PipelineFaults.FromPlugin(outcome.Failure!, step.PluginType.FullName!, outcome.Trace);
        var message = fault.Detail.Message;
        if (outcome.Failure is InvalidPluginExecutionException { Status: OperationStatus.Retry } && !outcome.TimedOut && job.Attempts < MaxAsyncAttempts)
        {
            Rows.Update(AsyncOperation, job.Id, [.. State(1, 10), new("retrycount", job.Attempts), new("message", message)]);
            AsyncJobs.Release([job]);
            return Outcome(job, AsyncJobStatus.WaitingForRetry, message);
        }

        Rows.Update(AsyncOperation, job.Id,
        [
            .. State(3, 31), new("completedon", Clock.UtcNow), new("message", message), new("friendlymessage", message),
            new("errorcode", fault.Detail.ErrorCode), new("retrycount", job.Attempts - 1),
        ]);
        return Outcome(job, AsyncJobStatus.Failed, message);
    }

    private static KeyValuePair<string, object?>[] State(int state, int status) =>
        [new("statecode", new OptionSetValue(state)), new("statuscode", new OptionSetValue(status))];

    private static AsyncJobOutcome Outcome(AsyncJob job, AsyncJobStatus status, string? message) => new()
    {
        JobId = job.Id,
        StepName = job.Step.Name,
        MessageName = job.MessageName,
        PrimaryEntityName = job.PrimaryEntityName,
        PrimaryEntityId = job.PrimaryEntityId,
        Attempt = job.Attempts,
        Status = status,
        Message = message,
    };
}
