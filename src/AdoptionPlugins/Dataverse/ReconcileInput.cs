using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture.Reconcile;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>Reads the reconcile custom API's inputs into a request and cursor, and writes a page's result to its outputs.</summary>
public static class ReconcileInput
{
    private static readonly char[] UserSeparators = [',', ';', ' '];

    public static ReconcileRequest ReadRequest(ParameterCollection inputs)
    {
        _ = inputs ?? throw new ArgumentNullException(nameof(inputs));
        return new ReconcileRequest(
            ParseUsers(Optional<string>(inputs, ReconcileActivityMessage.UserIds)),
            Required<DateTime>(inputs, ReconcileActivityMessage.FromDate),
            Required<DateTime>(inputs, ReconcileActivityMessage.ToDate),
            inputs.TryGetValue(ReconcileActivityMessage.PageSize, out object size) && size is int pageSize ? pageSize : null);
    }

    public static ReconcileCursor ReadCursor(ParameterCollection inputs, ReconcileRequest request) =>
        ReconcileCursor.Parse(Optional<string>(inputs, ReconcileActivityMessage.Cursor), request);

    public static void WriteResult(ParameterCollection outputs, ReconcilePageResult result)
    {
        _ = outputs ?? throw new ArgumentNullException(nameof(outputs));
        _ = result ?? throw new ArgumentNullException(nameof(result));
        outputs[ReconcileActivityMessage.NextCursor] = result.NextCursor ?? string.Empty;
        outputs[ReconcileActivityMessage.HasMore] = result.HasMore;
        outputs[ReconcileActivityMessage.SignalsWritten] = result.SignalsWritten;
        outputs[ReconcileActivityMessage.DaysWritten] = result.DaysWritten;
    }

    private static List<Guid> ParseUsers(string? text) =>
        (text ?? string.Empty).Split(UserSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(part => Guid.TryParse(part.Trim('{', '}'), out var id)
                ? id
                : throw new ArgumentException($"UserIds holds '{part}', which is not a systemuser id; send ids separated by commas, or none for every user."))
            .ToList();

    private static T? Optional<T>(ParameterCollection inputs, string name)
        where T : class =>
        inputs.TryGetValue(name, out object value) ? value as T : null;

    private static T Required<T>(ParameterCollection inputs, string name)
        where T : struct =>
        inputs.TryGetValue(name, out object value) && value is T typed ? typed : throw new ArgumentException($"{name} is required.");
}
