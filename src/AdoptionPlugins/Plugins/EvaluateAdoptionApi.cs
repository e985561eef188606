using System;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Plugins;

/// <summary>
/// The main operation of <c>adopt_EvaluateAdoption</c>: one bounded page of the daily evaluation; the Recurrence flow loops
/// with the returned cursor while HasMore (dataverse-facts 2.2, 3.1). The run's day is the operation's own date.
/// </summary>
public sealed class EvaluateAdoptionApi : PluginEntryPoint
{
    protected override void Run(PluginContext context)
    {
        var now = context.Clock.UtcNow;
        EvaluationRequest request;
        EvaluationCursor cursor;
        try
        {
            request = EvaluateAdoptionInput.ReadRequest(context.Execution.InputParameters);
            cursor = EvaluationCursor.Parse(EvaluateAdoptionInput.ReadCursor(context.Execution.InputParameters), request, now.Date);
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidPluginExecutionException(invalid.Message, invalid);
        }

        var result = new AdoptionEvaluator(context.SystemService, context.Tracing).RunPage(request, cursor, now);
        EvaluateAdoptionInput.WriteResult(context.Execution.OutputParameters, result);
    }
}
