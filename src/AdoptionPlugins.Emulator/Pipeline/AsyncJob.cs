using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// A queued execution of an asynchronous step: the context as it was serialized when the operation queued it, and its attempts.
// Each attempt gets its own copy of that context, as each run deserializes it afresh.
internal sealed class AsyncJob
{
    private readonly PluginExecutionContext _queued;

    public AsyncJob(RegisteredStep step, PluginExecutionContext queued)
    {
        Step = step;
        _queued = queued;
    }

    public Guid Id => _queued.OperationId;

    public RegisteredStep Step { get; }

    public string MessageName => _queued.MessageName;

    public string PrimaryEntityName => _queued.PrimaryEntityName;

    public Guid PrimaryEntityId => _queued.PrimaryEntityId;

    // Attempts so far; a Retry request is honoured up to 4 attempts in all (dataverse-facts 1.3).
    public int Attempts { get; set; }

    public PluginExecutionContext NewAttempt() => new()
    {
        BusinessUnitId = _queued.BusinessUnitId,
        CorrelationId = _queued.CorrelationId,
        Depth = _queued.Depth,
        InitiatingUserId = _queued.InitiatingUserId,
        InputParameters = SdkCopies.Parameters(_queued.InputParameters),
        IsInTransaction = false,
        MessageName = _queued.MessageName,
        Mode = 1,
        OperationCreatedOn = _queued.OperationCreatedOn,
        OperationId = _queued.OperationId,
        OrganizationId = _queued.OrganizationId,
        OutputParameters = SdkCopies.Parameters(_queued.OutputParameters),
        OwningExtension = _queued.OwningExtension,
        PostEntityImages = SdkCopies.Images(_queued.PostEntityImages),
        PreEntityImages = SdkCopies.Images(_queued.PreEntityImages),
        PrimaryEntityId = _queued.PrimaryEntityId,
        PrimaryEntityName = _queued.PrimaryEntityName,
        RequestId = _queued.RequestId,
        SharedVariables = SdkCopies.Parameters(_queued.SharedVariables),
        UserId = _queued.UserId,
        Stage = 40,
        InitiatingUserApplicationId = _queued.InitiatingUserApplicationId,
        InitiatingUserAzureActiveDirectoryObjectId = _queued.InitiatingUserAzureActiveDirectoryObjectId,
        UserAzureActiveDirectoryObjectId = _queued.UserAzureActiveDirectoryObjectId,
    };

    public EntityReference? Regarding =>
        PrimaryEntityId == Guid.Empty || PrimaryEntityName == "none" ? null : new EntityReference(PrimaryEntityName, PrimaryEntityId);
}
