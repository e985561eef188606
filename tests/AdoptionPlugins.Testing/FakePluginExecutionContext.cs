using System;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Testing;

/// <summary>An execution context as the platform hands it to a plugin, with every value settable: for running one plugin directly.</summary>
public sealed class FakePluginExecutionContext : IPluginExecutionContext2
{
    public Guid BusinessUnitId { get; set; }

    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    public int Depth { get; set; } = 1;

    public Guid InitiatingUserId { get; set; }

    public ParameterCollection InputParameters { get; } = [];

    public bool IsExecutingOffline => false;

    public bool IsInTransaction => Mode == 0 && Stage != 10;

    public bool IsOfflinePlayback => false;

    /// <summary>2 = sandbox, the only mode online (dataverse-facts 1.1).</summary>
    public int IsolationMode => 2;

    public string MessageName { get; set; } = string.Empty;

    /// <summary>0 synchronous, 1 asynchronous.</summary>
    public int Mode { get; set; } = 1;

    public DateTime OperationCreatedOn { get; set; }

    public Guid OperationId { get; set; } = Guid.NewGuid();

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = "emulated";

    public ParameterCollection OutputParameters { get; } = [];

    public EntityReference OwningExtension { get; set; } = new("sdkmessageprocessingstep", Guid.Empty);

    public EntityImageCollection PostEntityImages { get; } = [];

    public EntityImageCollection PreEntityImages { get; } = [];

    public Guid PrimaryEntityId { get; set; }

    public string PrimaryEntityName { get; set; } = "none";

    public Guid? RequestId { get; set; } = Guid.NewGuid();

    public string SecondaryEntityName => "none";

    public ParameterCollection SharedVariables { get; } = [];

    public Guid UserId { get; set; }

    public IPluginExecutionContext ParentContext => null!;

    /// <summary>10, 20, 30 (custom API main operation) or 40.</summary>
    public int Stage { get; set; } = 40;

    public Guid InitiatingUserApplicationId { get; set; }

    public Guid InitiatingUserAzureActiveDirectoryObjectId => Guid.Empty;

    public bool IsPortalsClientCall => false;

    public Guid PortalsContactId => Guid.Empty;

    public Guid UserAzureActiveDirectoryObjectId => Guid.Empty;
}
