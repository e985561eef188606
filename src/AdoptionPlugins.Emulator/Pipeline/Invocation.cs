using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// Who makes a request and from where: an external caller, or a plugin execution calling through its own service
// (dataverse-facts 1.4, 1.5). A nested request joins the caller's transaction when the caller runs inside one.
internal sealed record Invocation
{
    public required Guid UserId { get; init; }

    public required Guid InitiatingUserId { get; init; }

    public int Depth { get; init; } = 1;

    public Guid CorrelationId { get; init; }

    // The transaction to join; null when the operation is the first of its transaction.
    public OperationTransaction? Transaction { get; init; }

    // The context of the plugin that made the request.
    public IPluginExecutionContext? Parent { get; init; }

    // When the 2-minute window of the first operation closes (dataverse-facts 1.2); null starts a new window.
    public DateTime? Deadline { get; init; }

    // Service protection limits apply to external callers only (dataverse-facts 1.8).
    public bool IsExternal { get; init; }

    public static Invocation External(Guid userId) => new() { UserId = userId, InitiatingUserId = userId, IsExternal = true };
}
