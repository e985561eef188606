using System;
using AdoptionPlugins.Adoption.Capture.Reconcile;
using AdoptionPlugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Plugins;

/// <summary>
/// The main operation of <c>adopt_ReconcileActivity</c>: one bounded page of rebuilding signals and activity days from the
/// source tables; the caller loops with the returned cursor while HasMore (dataverse-facts 2.2).
/// </summary>
public sealed class ReconcileActivityApi : PluginEntryPoint
{
    protected override void Run(PluginContext context)
    {
        ReconcileRequest request;
        ReconcileCursor cursor;
        try
        {
            request = ReconcileInput.ReadRequest(context.Execution.InputParameters);
            cursor = ReconcileInput.ReadCursor(context.Execution.InputParameters, request);
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidPluginExecutionException(invalid.Message, invalid);
        }

        var result = new ActivityReconciler(context.SystemService, context.Tracing, context.Clock).RunPage(request, cursor);
        ReconcileInput.WriteResult(context.Execution.OutputParameters, result);
    }
}
