using System;
using System.Diagnostics;
using System.ServiceModel;
using AdoptionPlugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Plugins;

/// <summary>Base of every plugin: builds the per-call context, traces entry and exit, and turns failures into messages a user can act on.</summary>
public abstract class PluginEntryPoint : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = new PluginContext(serviceProvider);
        var execution = context.Execution;
        var name = GetType().Name;
        var elapsed = Stopwatch.StartNew();
        context.Tracing.Trace(
            "{0}: {1} of {2} {3}, stage {4}, mode {5}, depth {6}, correlation {7}",
            name, execution.MessageName, execution.PrimaryEntityName, execution.PrimaryEntityId,
            execution.Stage, execution.Mode, execution.Depth, execution.CorrelationId);
        try
        {
            Run(context);
        }
        catch (InvalidPluginExecutionException)
        {
            throw;
        }
        catch (FaultException<OrganizationServiceFault> fault) when (execution.Mode == (int)PluginMode.Asynchronous && TransientFaults.IsTransient(fault.Detail))
        {
            // A system job is outside the user's transaction and every write we make is idempotent, so the async service may run
            // it again: up to 4 attempts in all (dataverse-facts 1.3, 4.2).
            context.Tracing.Trace("{0}: passing failure {1}, asking for a retry: {2}", name, fault.Detail.ErrorCode, fault.Detail.Message);
            throw new InvalidPluginExecutionException(
                OperationStatus.Retry,
                $"{name} will be retried: Dataverse refused a request for a passing reason: {fault.Detail.Message}");
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            throw new InvalidPluginExecutionException(
                $"{name} could not complete because Dataverse refused a request: {fault.Detail?.Message ?? fault.Message}",
                fault);
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            context.Tracing.Trace("{0}: unexpected {1}: {2}", name, unexpected.GetType().FullName, unexpected);
            throw new InvalidPluginExecutionException(
                $"{name} failed unexpectedly. Give your administrator this correlation id: {execution.CorrelationId}.",
                unexpected);
        }
        finally
        {
            context.Tracing.Trace("{0}: done in {1} ms", name, elapsed.ElapsedMilliseconds);
        }
    }

    /// <summary>The plugin's work: read input from the context, call one plain class, write output.</summary>
    protected abstract void Run(PluginContext context);
}
