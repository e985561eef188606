using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Organization;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Work;

/// <summary>
/// The acts the simulated people perform, each as the request a browser, Outlook sync or the integration sends, with the counts
/// DESIGN-capture says the act must raise: the doer gets the credit, the owner sees "logged on your behalf" when someone else
/// logged it, synced mail and meetings belong to the mailbox owner, imports and migrations credit nobody.
/// </summary>
internal static class WorkActions
{
    private const int TaskCompletedStatus = 5;
    private const int PhoneCallMadeStatus = 2;

    public static WorkItem LogTask(DateTime utc, Guid actor, Guid owner, Guid id, string subject, OpenDeal? deal) => new(
        utc,
        owner == actor ? WorkKind.TaskLogged : WorkKind.TaskLoggedForSomeoneElse,
        org => org.As(actor).Create(Regarding(new Entity(Activity.Task, id) { ["subject"] = subject, [RecordColumns.OwnerId] = User(owner) }, deal)),
        Logged(utc, actor, owner, CountedAs.Task));

    public static WorkItem CompleteTask(DateTime utc, Guid actor, Guid id) => new(
        utc,
        WorkKind.ActivityCompleted,
        org => org.As(actor).Update(Closed(Activity.Task, id, TaskCompletedStatus)),
        [new ExpectedCredit(actor, CountedAs.Completed, utc)]);

    public static WorkItem LogPhoneCall(DateTime utc, Guid actor, Guid id, string subject, OpenDeal? deal) => new(
        utc,
        WorkKind.PhoneCallLogged,
        org => org.As(actor).Create(Regarding(new Entity(Activity.PhoneCall, id) { ["subject"] = subject, [Activity.DirectionCode] = true }, deal)),
        Logged(utc, actor, actor, CountedAs.PhoneCall));

    public static WorkItem CompletePhoneCall(DateTime utc, Guid actor, Guid id) => new(
        utc,
        WorkKind.ActivityCompleted,
        org => org.As(actor).Update(Closed(Activity.PhoneCall, id, PhoneCallMadeStatus)),
        [new ExpectedCredit(actor, CountedAs.Completed, utc)]);

    /// <summary>A meeting from the owner's Outlook calendar, tracked by server-side sync: the owner's meeting, whoever created the row.</summary>
    public static WorkItem SyncMeeting(DateTime utc, Guid owner, Guid id, string subject, bool ownerOrganizes, OpenDeal? deal, DateTime startsAt) => new(
        utc,
        WorkKind.MeetingSynced,
        org => org.Sync.TrackAppointment(owner, Regarding(Appointment(id, subject, startsAt), deal), ownerOrganizes),
        [new ExpectedCredit(owner, CountedAs.Meeting, utc)]);

    /// <summary>A meeting an assistant puts in the CRM for their executive.</summary>
    public static WorkItem LogMeetingFor(DateTime utc, Guid actor, Guid owner, Guid id, string subject, DateTime startsAt) => new(
        utc,
        WorkKind.MeetingLoggedForSomeoneElse,
        org =>
        {
            var meeting = Appointment(id, subject, startsAt);
            meeting[RecordColumns.OwnerId] = User(owner);
            org.As(actor).Create(meeting);
        },
        Logged(utc, actor, owner, CountedAs.Meeting));

    public static WorkItem SyncEmail(DateTime utc, Guid owner, Guid id, string subject, bool incoming) => new(
        utc,
        WorkKind.EmailTracked,
        org =>
        {
            var email = new Entity(Activity.Email, id) { ["subject"] = subject };
            _ = incoming ? org.Sync.TrackIncomingEmail(owner, email) : org.Sync.TrackSentEmail(owner, email);
        },
        [new ExpectedCredit(owner, CountedAs.EmailTracked, utc)]);

    /// <summary>An email written in the CRM and sent: logged when saved, completed when sent (dataverse-facts 6.2).</summary>
    public static WorkItem SendEmail(DateTime utc, Guid actor, Guid id, string subject, Customer customer, OpenDeal? deal) => new(
        utc,
        WorkKind.EmailSentFromCrm,
        org =>
        {
            var to = new Entity("activityparty") { ["partyid"] = new EntityReference("contact", customer.ContactId) };
            org.As(actor).Create(Regarding(new Entity(Activity.Email, id) { ["subject"] = subject, [Activity.DirectionCode] = true, ["to"] = new EntityCollection([to]) }, deal));
            org.As(actor).Execute(new SendEmailRequest { EmailId = id, IssueSend = true, TrackingToken = string.Empty });
        },
        [.. Logged(utc, actor, actor, CountedAs.EmailSent), new ExpectedCredit(actor, CountedAs.Completed, utc)]);

    public static WorkItem AddNote(DateTime utc, Guid actor, Guid id, string text, OpenDeal deal) => new(
        utc,
        WorkKind.NoteAdded,
        org => org.As(actor).Create(new Entity(Annotation.EntityName, id)
        {
            ["subject"] = deal.Name,
            ["notetext"] = text,
            ["objectid"] = new EntityReference(Opportunity.EntityName, deal.Id),
            ["objecttypecode"] = Opportunity.EntityName,
        }),
        Logged(utc, actor, actor, CountedAs.Note));

    public static WorkItem CreateOpportunity(DateTime utc, Guid actor, OpenDeal deal, DateTime closesOn) => new(
        utc,
        WorkKind.OpportunityCreated,
        org => org.As(actor).Create(NewOpportunity(deal, closesOn)),
        Logged(utc, actor, deal.OwnerId, CountedAs.OpportunityCreated));

    public static WorkItem WorkOpportunity(DateTime utc, Guid actor, OpenDeal deal, decimal value) => new(
        utc,
        WorkKind.OpportunityWorked,
        org => org.As(actor).Update(new Entity(Opportunity.EntityName, deal.Id) { ["estimatedvalue"] = new Money(value) }),
        Logged(utc, actor, deal.OwnerId, CountedAs.OpportunityWorked));

    public static WorkItem Win(DateTime utc, Guid actor, OpenDeal deal, Guid closeId) => new(
        utc,
        WorkKind.OpportunityWon,
        org => org.As(actor).Execute(new WinOpportunityRequest { OpportunityClose = Close(closeId, deal, "Won"), Status = new OptionSetValue(-1) }),
        Logged(utc, actor, deal.OwnerId, CountedAs.OpportunityWon));

    /// <summary>Losing a deal is real work, but no count: the design credits wins, not losses.</summary>
    public static WorkItem Lose(DateTime utc, Guid actor, OpenDeal deal, Guid closeId, int status) => new(
        utc,
        WorkKind.OpportunityLost,
        org => org.As(actor).Execute(new LoseOpportunityRequest { OpportunityClose = Close(closeId, deal, "Lost"), Status = new OptionSetValue(status) }),
        []);

    /// <summary>The ERP connector's nightly import: tasks owned by people, marked as imported, crediting nobody.</summary>
    public static WorkItem Import(DateTime utc, Guid integration, IReadOnlyList<(Guid Id, Guid OwnerId, string Subject)> tasks) => new(
        utc,
        WorkKind.BulkImport,
        org =>
        {
            foreach (var (id, owner, subject) in tasks)
            {
                org.As(integration).Create(new Entity(Activity.Task, id)
                {
                    ["subject"] = subject,
                    [RecordColumns.OwnerId] = User(owner),
                    [RecordColumns.ImportSequenceNumber] = 1,
                });
            }
        },
        [])
    {
        UncreditedRows = [.. tasks.Select(task => task.Id)],
    };

    /// <summary>Open opportunities brought over from the old CRM before the install, with their original dates: credited to nobody.</summary>
    public static WorkItem Migrate(DateTime utc, Guid administrator, IReadOnlyList<(OpenDeal Deal, DateTime OpenedOn, DateTime ClosesOn)> deals) => new(
        utc,
        WorkKind.OpportunityMigrated,
        org =>
        {
            foreach (var (deal, openedOn, closesOn) in deals)
            {
                var row = NewOpportunity(deal, closesOn);
                row[RecordColumns.OwnerId] = User(deal.OwnerId);
                row[RecordColumns.OverriddenCreatedOn] = openedOn;
                org.As(administrator).Create(row);
            }
        },
        [])
    {
        UncreditedRows = [.. deals.Select(deal => deal.Deal.Id)],
    };

    public static WorkItem Join(DateTime utc, PlannedPerson person) => new(utc, WorkKind.PersonJoined, org => OrganizationBuilder.Hire(org, person), []);

    // The doer's count, and "logged on your behalf" for the owner when that is someone else.
    private static ExpectedCredit[] Logged(DateTime utc, Guid actor, Guid owner, CountedAs counted) =>
        owner == actor
            ? [new ExpectedCredit(actor, counted, utc)]
            : [new ExpectedCredit(actor, counted, utc), new ExpectedCredit(owner, CountedAs.LoggedOnBehalf, utc)];

    private static Entity Regarding(Entity activity, OpenDeal? deal)
    {
        if (deal is not null)
        {
            activity["regardingobjectid"] = new EntityReference(Opportunity.EntityName, deal.Id);
        }

        return activity;
    }

    private static Entity Appointment(Guid id, string subject, DateTime startsAt) => new(Activity.Appointment, id)
    {
        ["subject"] = subject,
        ["scheduledstart"] = startsAt,
        ["scheduledend"] = startsAt.AddHours(1),
    };

    private static Entity Closed(string table, Guid id, int status) => new(table, id)
    {
        [RecordColumns.StateCode] = new OptionSetValue(Activity.StateCompleted),
        [RecordColumns.StatusCode] = new OptionSetValue(status),
    };

    private static Entity NewOpportunity(OpenDeal deal, DateTime closesOn) => new(Opportunity.EntityName, deal.Id)
    {
        ["name"] = deal.Name,
        ["estimatedvalue"] = new Money(deal.Value),
        ["estimatedclosedate"] = closesOn,
        ["customerid"] = new EntityReference("account", deal.Customer.AccountId),
    };

    private static Entity Close(Guid id, OpenDeal deal, string outcome) => new("opportunityclose", id)
    {
        ["subject"] = $"{outcome}: {deal.Name}",
        ["opportunityid"] = new EntityReference(Opportunity.EntityName, deal.Id),
    };

    private static EntityReference User(Guid id) => new(SystemUser.EntityName, id);
}
