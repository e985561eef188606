using System;
using AdoptionPlugins.Adoption.Runs;
using Microsoft.Xrm.Sdk;
using Api = AdoptionPlugins.Schema.EvaluateAdoptionMessage;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads the evaluation custom API's inputs into a request, and writes a page's result to its outputs.</summary>
public static class EvaluateAdoptionInput
{
    public static EvaluationRequest ReadRequest(ParameterCollection inputs)
    {
        _ = inputs ?? throw new ArgumentNullException(nameof(inputs));
        return new EvaluationRequest(
            Optional<int>(inputs, Api.PageSize),
            Optional<Guid>(inputs, Api.UserId),
            Optional<Guid>(inputs, Api.TeamId),
            Optional<bool>(inputs, Api.DryRun) ?? false);
    }

    public static string? ReadCursor(ParameterCollection inputs) =>
        (inputs ?? throw new ArgumentNullException(nameof(inputs))).TryGetValue(Api.Cursor, out object value) ? value as string : null;

    public static void WriteResult(ParameterCollection outputs, EvaluationPageResult result)
    {
        _ = outputs ?? throw new ArgumentNullException(nameof(outputs));
        _ = result ?? throw new ArgumentNullException(nameof(result));
        outputs[Api.NextCursor] = result.NextCursor ?? string.Empty;
        outputs[Api.HasMore] = result.HasMore;
        outputs[Api.Evaluated] = result.Evaluated;
        outputs[Api.MessagesSent] = result.MessagesSent;
        outputs[Api.MessagesHeld] = result.MessagesHeld;
        outputs[Api.QuickWinsRaised] = result.QuickWinsRaised;
        outputs[Api.Purged] = result.Purged;
    }

    private static T? Optional<T>(ParameterCollection inputs, string name)
        where T : struct =>
        inputs.TryGetValue(name, out object value) && value is T typed ? typed : null;
}
