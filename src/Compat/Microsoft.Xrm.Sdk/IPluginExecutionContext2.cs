using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds who initiated the operation in Entra ID terms; an application user has a non-empty application id.</summary>
public interface IPluginExecutionContext2 : IPluginExecutionContext
{
    Guid InitiatingUserApplicationId { get; }

    Guid InitiatingUserAzureActiveDirectoryObjectId { get; }

    bool IsPortalsClientCall { get; }

    Guid PortalsContactId { get; }

    Guid UserAzureActiveDirectoryObjectId { get; }
}
