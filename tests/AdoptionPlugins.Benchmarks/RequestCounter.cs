using System;
using System.Threading;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Benchmarks;

/// <summary>Passes every call to another service and counts them as reads or writes: each call is one Dataverse request.</summary>
public sealed class RequestCounter(IOrganizationService inner) : IOrganizationService
{
    private int _reads;
    private int _writes;

    public int Reads => Volatile.Read(ref _reads);

    public int Writes => Volatile.Read(ref _writes);

    public int Requests => Reads + Writes;

    public Guid Create(Entity entity) => Write(() => inner.Create(entity));

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Read(() => inner.Retrieve(entityName, id, columnSet));

    public EntityCollection RetrieveMultiple(QueryBase query) => Read(() => inner.RetrieveMultiple(query));

    public void Update(Entity entity) => Write(() => { inner.Update(entity); return 0; });

    public void Delete(string entityName, Guid id) => Write(() => { inner.Delete(entityName, id); return 0; });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Write(() => { inner.Associate(entityName, entityId, relationship, relatedEntities); return 0; });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Write(() => { inner.Disassociate(entityName, entityId, relationship, relatedEntities); return 0; });

    // Time zone conversions read; upserts and the messages that send write.
    public OrganizationResponse Execute(OrganizationRequest request) =>
        request.RequestName is "LocalTimeFromUtcTime" or "UtcTimeFromLocalTime" ? Read(() => inner.Execute(request)) : Write(() => inner.Execute(request));

    private T Read<T>(Func<T> call)
    {
        Interlocked.Increment(ref _reads);
        return call();
    }

    private T Write<T>(Func<T> call)
    {
        Interlocked.Increment(ref _writes);
        return call();
    }
}
