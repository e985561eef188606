using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Query;
using AdoptionPlugins.Emulator.Service.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Service;

/// <summary>An IOrganizationService over an in-memory database, acting as one user, with the platform's validation and faults.</summary>
public sealed class EmulatedOrganizationService : IOrganizationService
{
    private readonly RecordOperations _records;
    private readonly QueryEvaluator _queries;

    public EmulatedOrganizationService(InMemoryDatabase database, Guid callerId)
    {
        ArgumentNullException.ThrowIfNull(database);
        Database = database;
        CallerId = callerId;
        _records = new RecordOperations(database, callerId);
        _queries = new QueryEvaluator(database, callerId);
    }

    public InMemoryDatabase Database { get; }

    public Guid CallerId { get; }

    public Guid Create(Entity entity) => _records.Create(entity);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => _records.Retrieve(entityName, id, columnSet);

    public EntityCollection RetrieveMultiple(QueryBase query) => _queries.Evaluate(
        query is FetchExpression fetch ? FetchXmlParser.Parse(fetch.Query, Database.Catalog) : QueryModelBuilder.From(query));

    public void Update(Entity entity) => _records.Update(entity, ConcurrencyBehavior.Default);

    public void Delete(string entityName, Guid id) => _records.Delete(new EntityReference(entityName, id), ConcurrencyBehavior.Default);

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException("The emulator does not support Associate yet.");

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        throw new NotSupportedException("The emulator does not support Disassociate yet.");

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        switch (request)
        {
            case CreateRequest create:
                var created = new CreateResponse { ResponseName = "Create" };
                created.Results["id"] = _records.Create(create.Target);
                return created;
            case UpdateRequest update:
                _records.Update(update.Target, update.ConcurrencyBehavior);
                return new UpdateResponse { ResponseName = "Update" };
            case DeleteRequest delete:
                _records.Delete(delete.Target, delete.ConcurrencyBehavior);
                return new DeleteResponse { ResponseName = "Delete" };
            case RetrieveMultipleRequest retrieveMultiple:
                var page = new RetrieveMultipleResponse { ResponseName = "RetrieveMultiple" };
                page.Results["EntityCollection"] = RetrieveMultiple(retrieveMultiple.Query);
                return page;
            case UpsertRequest upsert:
                var (recordCreated, target) = _records.Upsert(upsert.Target);
                var upserted = new UpsertResponse { ResponseName = "Upsert" };
                upserted.Results["RecordCreated"] = recordCreated;
                upserted.Results["Target"] = target;
                return upserted;
            case { RequestName: "Retrieve" }:
                // Typed or by name: either way a Target identified by alternate key can be read.
                var retrieved = new RetrieveResponse { ResponseName = "Retrieve" };
                retrieved.Results["Entity"] = _records.Retrieve(Parameter<EntityReference>(request, "Target")!, Parameter<ColumnSet>(request, "ColumnSet"));
                return retrieved;
            case { RequestName: "WinOpportunity" }:
                return CloseOpportunityOperation.Win(ContextForMessages()).Execute(request);
            case { RequestName: "LoseOpportunity" }:
                return CloseOpportunityOperation.Lose(ContextForMessages()).Execute(request);
            case { RequestName: SendAppNotificationOperation.RequestName }:
                return new SendAppNotificationOperation(ContextForMessages()).Execute(request);
            case { RequestName: SendEmailOperation.RequestName }:
                return new SendEmailOperation(ContextForMessages()).Execute(request);
            case { RequestName: "LocalTimeFromUtcTime" }:
                return TimeZoneConversionOperation.LocalFromUtc(request);
            case { RequestName: "UtcTimeFromLocalTime" }:
                return TimeZoneConversionOperation.UtcFromLocal(request);
            default:
                throw new NotSupportedException($"The emulator does not support the '{request.RequestName}' message yet.");
        }
    }

    // Writes a message makes on someone's behalf go through a service acting as them.
    private MessageContext ContextForMessages() =>
        new(
            Database,
            CallerId,
            userId => userId == CallerId ? this : new EmulatedOrganizationService(Database, userId),
            Database.Security.RequirePrivilege);

    private static T? Parameter<T>(OrganizationRequest request, string name)
        where T : class =>
        request.Parameters.TryGetValue(name, out T value) ? value : null;
}
