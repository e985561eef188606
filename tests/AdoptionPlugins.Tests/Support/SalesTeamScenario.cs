using System;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Support;

/// <summary>
/// Two days of real-looking work in one organization, each event a request through the pipeline: a rep's calls, tasks, notes,
/// emails and deals; an assistant logging for an executive; server-side sync tracking email; an integration importing tasks; a
/// manager completing a rep's task; a Berlin user working late; a deal won with WinOpportunity. Every event is one reconcile can
/// still see on the rows.
/// </summary>
public sealed class SalesTeamScenario
{
    private readonly CaptureOrganization _org;
    private readonly Func<int, bool> _captured;
    private readonly ServerSideSync _sync;
    private int _events;

    /// <param name="org">The organization to work in.</param>
    /// <param name="captured">Whether the capture steps are on for the n-th event (from 0); all are when null.</param>
    public SalesTeamScenario(CaptureOrganization org, Func<int, bool>? captured = null)
    {
        _org = org;
        _captured = captured ?? (_ => true);
        _sync = new ServerSideSync(org.Organization.Database, org.ServiceFor);
        Rep = org.CreateUser("Riley Rep");
        Manager = org.CreateUser("Morgan Manager");
        Assistant = org.CreateUser("Ari Assistant");
        Executive = org.CreateUser("Eve Executive", CaptureOrganization.NewYorkTimeZone);
        BerlinRep = org.CreateUser("Bea Berlin", CaptureOrganization.BerlinTimeZone);
        Connector = org.CreateIntegration("ERP connector");
        Build();
    }

    public Guid Rep { get; }

    public Guid Manager { get; }

    public Guid Assistant { get; }

    public Guid Executive { get; }

    public Guid BerlinRep { get; }

    public Guid Connector { get; }

    public Guid[] People => [Rep, Manager, Assistant, Executive, BerlinRep, Connector];

    private void Build()
    {
        At(11, 25, 8, 5);
        Logged(Rep, Activity.PhoneCall, ("subject", "Discovery call"));
        var followUp = Logged(Rep, Activity.Task, ("subject", "Send proposal"));
        Logged(Rep, Activity.Task, ("subject", "Book demo"));
        Logged(Rep, Annotation.EntityName, ("subject", "Budget confirmed"));
        Logged(Rep, Activity.Email, ("subject", "Proposal"), (Activity.DirectionCode, true));
        Event(() => _sync.TrackIncomingEmail(Rep, new Entity(Activity.Email) { ["subject"] = "Re: proposal" }));
        Event(() => _sync.TrackSentEmail(Rep, new Entity(Activity.Email) { ["subject"] = "Sent from Outlook" }));
        Logged(Assistant, Activity.Task, ("subject", "Board deck"), (RecordColumns.OwnerId, UserRef(Executive)));
        Logged(Connector, Activity.Task, ("subject", "Imported order"), (RecordColumns.OwnerId, UserRef(Executive)), (RecordColumns.ImportSequenceNumber, 4));
        Logged(Connector, Activity.Task, ("subject", "Imported invoice"), (RecordColumns.OwnerId, UserRef(Executive)), (RecordColumns.ImportSequenceNumber, 4));
        var wonDeal = Logged(Rep, Opportunity.EntityName, ("name", "Fleet renewal"));
        var openDeal = Logged(Rep, Opportunity.EntityName, ("name", "New region"));

        At(11, 25, 14, 40);
        Complete(Manager, Activity.Task, followUp, 5);
        Event(() => Update(Rep, new Entity(Opportunity.EntityName, openDeal) { ["estimatedvalue"] = new Money(125_000m) }));

        At(11, 25, 23, 30);
        Logged(BerlinRep, Activity.PhoneCall, ("subject", "Late call"));

        At(11, 26, 10, 0);
        var call = Logged(Rep, Activity.PhoneCall, ("subject", "Negotiation"));
        At(11, 26, 10, 45);
        Complete(Rep, Activity.PhoneCall, call, 2);
        Event(() => _org.ServiceFor(Rep).Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["subject"] = "Fleet renewal won", ["opportunityid"] = new EntityReference(Opportunity.EntityName, wonDeal) },
            Status = new OptionSetValue(3),
        }));
    }

    private void At(int month, int day, int hour, int minute) => _org.At(new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Utc));

    private Guid Logged(Guid user, string table, params (string Column, object Value)[] values)
    {
        var row = new Entity(table);
        foreach (var (column, value) in values)
        {
            row[column] = value;
        }

        return Event(() => _org.ServiceFor(user).Create(row));
    }

    private void Complete(Guid user, string table, Guid id, int status) => Event(() => Update(user, new Entity(table, id)
    {
        [RecordColumns.StateCode] = new OptionSetValue(Activity.StateCompleted),
        [RecordColumns.StatusCode] = new OptionSetValue(status),
    }));

    private Guid Update(Guid user, Entity change)
    {
        _org.ServiceFor(user).Update(change);
        return change.Id;
    }

    private T Event<T>(Func<T> request)
    {
        if (_captured(_events++))
        {
            return request();
        }

        var result = default(T)!;
        _org.WithoutCapture(() => result = request());
        return result;
    }

    private static EntityReference UserRef(Guid userId) => new(SystemUser.EntityName, userId);
}
