using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Service;

/// <summary>An IOrganizationService over an in-memory database, acting as one user, with the platform's validation and faults.</summary>
/// <remarks>
/// Every call, typed or by name, is a request through the plugin pipeline (Pipeline/PluginPipeline); the core operations are
/// dispatched from one table (CoreOperations). Built with a database alone it fires no plugins; an EmulatedOrganization hands out
/// services that fire the registered ones.
/// </remarks>
public sealed class EmulatedOrganizationService : IOrganizationService
{
    private readonly PluginPipeline _pipeline;
    private readonly Invocation _caller;

    public EmulatedOrganizationService(InMemoryDatabase database, Guid callerId)
        : this(new PluginPipeline(database ?? throw new ArgumentNullException(nameof(database))), Invocation.External(callerId))
    {
    }

    internal EmulatedOrganizationService(PluginPipeline pipeline, Invocation caller)
    {
        _pipeline = pipeline;
        _caller = caller;
    }

    public InMemoryDatabase Database => _pipeline.Database;

    public Guid CallerId => _caller.UserId;

    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException("The emulator does not support Associate yet.");

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException("The emulator does not support Disassociate yet.");

    public OrganizationResponse Execute(OrganizationRequest request) => _pipeline.Execute(request, _caller);
}
