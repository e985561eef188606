using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Tests.Support;

/// <summary>
/// Fails some Execute calls the way a busy platform does: before the write reaches the database, or after it did but before
/// the answer arrived. Seeded, so a failing trial can be replayed; safe for several threads.
/// </summary>
public sealed class FlakyOrganizationService(IOrganizationService inner, int seed, double failureRate) : IOrganizationService
{
    private readonly Random _random = new(seed);

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        var (failBefore, failAfter) = Draw();
        if (failBefore)
        {
            throw Fault("before the write");
        }

        var response = inner.Execute(request);
        return failAfter ? throw Fault("after the write") : response;
    }

    public Guid Create(Entity entity) => inner.Create(entity);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);

    public EntityCollection RetrieveMultiple(QueryBase query) => inner.RetrieveMultiple(query);

    public void Update(Entity entity) => inner.Update(entity);

    public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        inner.Associate(entityName, entityId, relationship, relatedEntities);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        inner.Disassociate(entityName, entityId, relationship, relatedEntities);

    private (bool Before, bool After) Draw()
    {
        lock (_random)
        {
            var draw = _random.NextDouble();
            return (draw < failureRate / 2, draw >= failureRate / 2 && draw < failureRate);
        }
    }

    private static FaultException<OrganizationServiceFault> Fault(string when) =>
        new(new OrganizationServiceFault { ErrorCode = -2147204784, Message = $"Generic SQL error ({when}), injected by the test." }, new FaultReason("Injected"));
}
