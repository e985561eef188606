using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Pipeline;

// What one plugin execution sees (dataverse-facts 1.5). Sync steps of a pass share the InputParameters and SharedVariables
// collections, so a PreOperation change to Target is what the core operation saves.
internal sealed class PluginExecutionContext : IPluginExecutionContext2
{
    public Guid BusinessUnitId { get; init; }

    public Guid CorrelationId { get; init; }

    public int Depth { get; init; } = 1;

    public Guid InitiatingUserId { get; init; }

    public ParameterCollection InputParameters { get; init; } = new();

    public bool IsExecutingOffline => false;

    public bool IsInTransaction { get; init; }

    public bool IsOfflinePlayback => false;

    // Dataverse online runs every plugin in the sandbox (dataverse-facts 1.1).
    public int IsolationMode => 2;

    public required string MessageName { get; init; }

    public int Mode { get; init; }

    public DateTime OperationCreatedOn { get; init; }

    public Guid OperationId { get; init; }

    public Guid OrganizationId { get; init; }

    public string OrganizationName => "emulated";

    public ParameterCollection OutputParameters { get; init; } = new();

    public EntityReference? OwningExtension { get; init; }

    public EntityImageCollection PostEntityImages { get; init; } = new();

    public EntityImageCollection PreEntityImages { get; init; } = new();

    public Guid PrimaryEntityId { get; init; }

    public required string PrimaryEntityName { get; init; }

    public Guid? RequestId { get; init; }

    public string SecondaryEntityName => "none";

    public ParameterCollection SharedVariables { get; init; } = new();

    public Guid UserId { get; init; }

    public IPluginExecutionContext? ParentContext { get; init; }

    public int Stage { get; init; }

    public Guid InitiatingUserApplicationId { get; init; }

    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; init; }

    public bool IsPortalsClientCall => false;

    public Guid PortalsContactId => Guid.Empty;

    public Guid UserAzureActiveDirectoryObjectId { get; init; }
}
