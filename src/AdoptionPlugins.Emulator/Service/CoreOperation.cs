using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Service;

// One platform operation: the message its steps are registered on, the row it is about, the work done at stage 30 (MainOperation)
// and the response built from its output parameters. Describe runs before PreValidation; Execute inside the transaction.
internal sealed record CoreOperation(
    string MessageName,
    Func<CoreOperationContext, PrimaryEntity> Describe,
    Action<CoreOperationContext> Execute,
    Func<ParameterCollection, OrganizationResponse> Respond)
{
    // Which images steps on this message can have (dataverse-facts 1.5).
    public bool HasPreImages { get; init; }

    public bool HasPostImages { get; init; }

    // A custom API: its request is validated and its main-operation plugin runs even when no step is registered on it.
    public bool AlwaysRunsPipeline { get; init; }

    // Which registered steps the message accepts (a custom API's allowedcustomprocessingsteptype, dataverse-facts 2.1).
    public bool AllowsSyncSteps { get; init; } = true;

    public bool AllowsAsyncSteps { get; init; } = true;

    // Splits the input into pipeline passes; null means one pass with the request as sent (dataverse-facts 1.6).
    public Func<CoreOperationContext, IReadOnlyList<ParameterCollection>>? Passes { get; init; }
}
