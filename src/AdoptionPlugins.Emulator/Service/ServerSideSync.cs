using System;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Emulator.Service;

/// <summary>Writes emails, appointments and tasks the way Exchange server-side synchronization tracks them, with the creators and owners the platform gives them.</summary>
/// <remarks>
/// dataverse-facts 5.2: tracked incoming (DeliverIncoming) and promoted (DeliverPromote) emails are created by SYSTEM, or by
/// the "# SSSAdminProd" delegate once Microsoft's switch reaches the environment, and owned by the mailbox owner; synced
/// tasks impersonate the user; appointments synced from a mailbox that is not the organizer's are created by SYSTEM. That an
/// appointment synced from the organizer's own mailbox is created by the organizer is UNVERIFIED.
/// </remarks>
public sealed class ServerSideSync
{
    public const string DelegateName = "# SSSAdminProd";

    private readonly Func<Guid, IOrganizationService> _serviceFor;

    public ServerSideSync(InMemoryDatabase database, SyncIdentity identity = SyncIdentity.System)
        : this(database, userId => new EmulatedOrganizationService(database, userId), identity)
    {
    }

    // serviceFor hands out a service acting as a user, so synced rows go through whatever a caller's writes go through.
    public ServerSideSync(InMemoryDatabase database, Func<Guid, IOrganizationService> serviceFor, SyncIdentity identity = SyncIdentity.System)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(serviceFor);
        _serviceFor = serviceFor;
        SyncUserId = identity == SyncIdentity.System ? database.SystemUserId : DelegateUser(database, serviceFor(database.SystemUserId));
    }

    // The user tracked emails show as their creator.
    public Guid SyncUserId { get; }

    // An email that arrived in the owner's mailbox: incoming, Received (statecode 1, statuscode 4).
    public Guid TrackIncomingEmail(Guid mailboxOwnerId, Entity email) =>
        Track(SyncUserId, mailboxOwnerId, Require(email, "email"), ("directioncode", false), ("statecode", new OptionSetValue(1)), ("statuscode", new OptionSetValue(4)));

    // An email the owner sent from Outlook and tracked: outgoing, Sent (statecode 1, statuscode 3).
    public Guid TrackSentEmail(Guid mailboxOwnerId, Entity email) =>
        Track(SyncUserId, mailboxOwnerId, Require(email, "email"), ("directioncode", true), ("statecode", new OptionSetValue(1)), ("statuscode", new OptionSetValue(3)));

    // A meeting from the owner's calendar: Scheduled and Busy (statecode 3, statuscode 5) unless the appointment says otherwise.
    public Guid TrackAppointment(Guid mailboxOwnerId, Entity appointment, bool ownerIsOrganizer) =>
        Track(ownerIsOrganizer ? mailboxOwnerId : SyncUserId, mailboxOwnerId, Require(appointment, "appointment"), ("statecode", new OptionSetValue(3)), ("statuscode", new OptionSetValue(5)));

    // A task from the owner's Outlook: created as the owner.
    public Guid TrackTask(Guid mailboxOwnerId, Entity task) => Track(mailboxOwnerId, mailboxOwnerId, Require(task, "task"));

    private Guid Track(Guid creatorId, Guid ownerId, Entity source, params (string Column, object Value)[] defaults)
    {
        var row = new Entity(source.LogicalName, source.Id);
        foreach (var (column, value) in defaults.Where(d => !source.Contains(d.Column)))
        {
            row[column] = value;
        }

        foreach (var (column, value) in source.Attributes)
        {
            row[column] = value;
        }

        row["ownerid"] = new EntityReference("systemuser", ownerId);
        return _serviceFor(creatorId).Create(row);
    }

    private static Entity Require(Entity row, string table)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.LogicalName == table
            ? row
            : throw new ArgumentException($"Server-side sync tracks a '{table}' here, not a '{row.LogicalName}'.", nameof(row));
    }

    // The delegate is a non-interactive, unlicensed user found by its sign-in name and created on first use; like the
    // platform's own service identity it may write any mailbox owner's rows, so it holds System Administrator.
    private static Guid DelegateUser(InMemoryDatabase database, IOrganizationService system)
    {
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("domainname", ConditionOperator.Equal, DelegateName);
        var existing = system.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (existing != null)
        {
            return existing.Id;
        }

        var id = system.Create(new Entity("systemuser")
        {
            ["firstname"] = "#",
            ["lastname"] = "SSSAdminProd",
            ["domainname"] = DelegateName,
            ["accessmode"] = new OptionSetValue(4),
            ["islicensed"] = false,
            ["businessunitid"] = new EntityReference("businessunit", database.RootBusinessUnitId),
        });
        database.Security.AssignRole(id, BuiltInRoles.SystemAdministrator.Id);
        return id;
    }
}
