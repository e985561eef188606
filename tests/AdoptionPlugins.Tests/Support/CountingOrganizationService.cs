using System;
using System.Threading;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Passes every call to another service and counts them: each call is one Dataverse request.</summary>
public sealed class CountingOrganizationService(IOrganizationService inner) : IOrganizationService
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public Guid Create(Entity entity) => Count(() => inner.Create(entity));

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Count(() => inner.Retrieve(entityName, id, columnSet));

    public EntityCollection RetrieveMultiple(QueryBase query) => Count(() => inner.RetrieveMultiple(query));

    public void Update(Entity entity) => Count(() => { inner.Update(entity); return 0; });

    public void Delete(string entityName, Guid id) => Count(() => { inner.Delete(entityName, id); return 0; });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Count(() => { inner.Associate(entityName, entityId, relationship, relatedEntities); return 0; });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Count(() => { inner.Disassociate(entityName, entityId, relationship, relatedEntities); return 0; });

    public OrganizationResponse Execute(OrganizationRequest request) => Count(() => inner.Execute(request));

    private T Count<T>(Func<T> call)
    {
        Interlocked.Increment(ref _requests);
        return call();
    }
}
