using System;
using AdoptionPlugins.Emulator.Data;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Service.Messages;

// What a message's core operation works with: the organization's rows, who called, and services for the writes the platform
// makes on the caller's or SYSTEM's behalf while performing the message (creating the opportunityclose row of a Win, marking
// an email sent). Those writes go through services, not the store, so registered steps see them as they would on the platform.
internal sealed class MessageContext
{
    private readonly Func<Guid, IOrganizationService> _serviceFor;
    private readonly Action<Guid, string> _requirePrivilege;

    public MessageContext(InMemoryDatabase database, Guid callerId, Func<Guid, IOrganizationService> serviceFor, Action<Guid, string>? requirePrivilege = null)
    {
        Database = database;
        CallerId = callerId;
        _serviceFor = serviceFor;
        _requirePrivilege = requirePrivilege ?? AllowEveryone;
    }

    public InMemoryDatabase Database { get; }

    public Guid CallerId { get; }

    public DateTime UtcNow => Database.Clock.UtcNow;

    public IOrganizationService AsCaller => _serviceFor(CallerId);

    public IOrganizationService AsSystem => _serviceFor(Database.SystemUserId);

    // Messages that need a special privilege (prvSendAppNotification, dataverse-facts 6.1) ask here; the emulator's security
    // model supplies the check. Without one, every caller holds every privilege.
    public void RequirePrivilege(string privilegeName) => _requirePrivilege(CallerId, privilegeName);

    private static void AllowEveryone(Guid callerId, string privilegeName)
    {
    }
}
