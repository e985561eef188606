using System;
using System.Threading;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Testing;

/// <summary>A service that answers Execute with the function given, counts the calls, and refuses every other call.</summary>
public sealed class ExecuteOnlyOrganizationService(Func<OrganizationRequest, OrganizationResponse> answer) : IOrganizationService
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        Interlocked.Increment(ref _requests);
        return answer(request);
    }

    public Guid Create(Entity entity) => throw Refused();

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw Refused();

    public EntityCollection RetrieveMultiple(QueryBase query) => throw Refused();

    public void Update(Entity entity) => throw Refused();

    public void Delete(string entityName, Guid id) => throw Refused();

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw Refused();

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw Refused();

    private static NotSupportedException Refused() => new("This service answers Execute only.");
}
