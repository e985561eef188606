using System;
using System.Collections.Generic;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Tests.Support;

/// <summary>
/// A week of real-looking work in one organization, with the capture job each request queues: a rep's calls, tasks, notes,
/// emails and deals; an assistant logging for an executive; server-side sync tracking email; an integration importing tasks;
/// a manager completing a rep's task; a Berlin user working late. Every event is one reconcile can still see on the rows.
/// </summary>
public sealed class SalesTeamScenario
{
    private readonly CaptureOrganization _org;
    private readonly List<CaptureJob> _jobs = [];

    public SalesTeamScenario(CaptureOrganization org)
    {
        _org = org;
        Rep = org.CreateUser("Riley Rep");
        Manager = org.CreateUser("Morgan Manager");
        Assistant = org.CreateUser("Ari Assistant");
        Executive = org.CreateUser("Eve Executive", CaptureOrganization.NewYorkTimeZone);
        BerlinRep = org.CreateUser("Bea Berlin", CaptureOrganization.BerlinTimeZone);
        Connector = org.CreateUser("ERP connector", adjust: user => user[SystemUser.ApplicationId] = Guid.NewGuid());
        Build();
    }

    public Guid Rep { get; }

    public Guid Manager { get; }

    public Guid Assistant { get; }

    public Guid Executive { get; }

    public Guid BerlinRep { get; }

    public Guid Connector { get; }

    public Guid[] People => [Rep, Manager, Assistant, Executive, BerlinRep, Connector];

    /// <summary>The capture jobs in the order the requests queued them.</summary>
    public IReadOnlyList<CaptureJob> Jobs => _jobs;

    private void Build()
    {
        At(11, 25, 8, 5);
        Logged(Rep, Activity.PhoneCall, ("subject", "Discovery call"));
        var followUp = Logged(Rep, Activity.Task, ("subject", "Send proposal"));
        Logged(Rep, Activity.Task, ("subject", "Book demo"));
        Logged(Rep, Annotation.EntityName, ("subject", "Budget confirmed"));
        Logged(Rep, Activity.Email, ("subject", "Proposal"), (Activity.DirectionCode, true));
        Synced(Rep, ("subject", "Re: proposal"), (Activity.DirectionCode, false));
        Synced(Rep, ("subject", "Sent from Outlook"), (Activity.DirectionCode, true));
        Logged(Assistant, Activity.Task, ("subject", "Board deck"), (RecordColumns.OwnerId, new EntityReference(SystemUser.EntityName, Executive)));
        Logged(Connector, Activity.Task, ("subject", "Imported order"), (RecordColumns.OwnerId, new EntityReference(SystemUser.EntityName, Executive)), (RecordColumns.ImportSequenceNumber, 4));
        Logged(Connector, Activity.Task, ("subject", "Imported invoice"), (RecordColumns.OwnerId, new EntityReference(SystemUser.EntityName, Executive)), (RecordColumns.ImportSequenceNumber, 4));
        var wonDeal = Logged(Rep, Opportunity.EntityName, ("name", "Fleet renewal"));
        var openDeal = Logged(Rep, Opportunity.EntityName, ("name", "New region"));

        At(11, 25, 14, 40);
        Complete(Manager, Activity.Task, followUp, Activity.StateCompleted, 5);
        Work(Rep, openDeal);

        At(11, 25, 23, 30);
        Logged(BerlinRep, Activity.PhoneCall, ("subject", "Late call"));

        At(11, 26, 10, 0);
        var call = Logged(Rep, Activity.PhoneCall, ("subject", "Negotiation"));
        At(11, 26, 10, 45);
        Complete(Rep, Activity.PhoneCall, call, Activity.StateCompleted, 2);
        Win(Rep, wonDeal);
    }

    private void At(int month, int day, int hour, int minute) => _org.Clock.Set(new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Utc));

    private Guid Logged(Guid user, string table, params (string Column, object Value)[] values)
    {
        var id = _org.ServiceFor(user).Create(Row(table, values));
        _jobs.Add(new CaptureJob($"{table} logged", typeof(RecordActivitySignalOnCreate), DirectPluginRun.PrepareCreate<RecordActivitySignalOnCreate>(_org, table, id, user)));
        return id;
    }

    // Server-side sync creates the email as SYSTEM in the mailbox owner's name (dataverse-facts 5.2).
    private void Synced(Guid owner, params (string Column, object Value)[] values)
    {
        var email = Row(Activity.Email, values);
        email[RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, owner);
        var id = _org.SystemService.Create(email);
        _jobs.Add(new CaptureJob("email synced", typeof(RecordActivitySignalOnCreate), DirectPluginRun.PrepareCreate<RecordActivitySignalOnCreate>(_org, Activity.Email, id, _org.Database.SystemUserId)));
    }

    private void Complete(Guid user, string table, Guid id, int state, int status)
    {
        var before = DirectPluginRun.PreImageFor<RecordActivitySignalOnStateChange>(_org, table, id);
        var change = new Entity(table, id) { [RecordColumns.StateCode] = new OptionSetValue(state), [RecordColumns.StatusCode] = new OptionSetValue(status) };
        _org.ServiceFor(user).Update(change);
        _jobs.Add(new CaptureJob($"{table} completed", typeof(RecordActivitySignalOnStateChange), DirectPluginRun.PrepareUpdate<RecordActivitySignalOnStateChange>(_org, change, before, user)));
    }

    private void Work(Guid user, Guid opportunity)
    {
        var change = new Entity(Opportunity.EntityName, opportunity) { ["estimatedvalue"] = new Money(125_000m) };
        _org.ServiceFor(user).Update(change);
        _jobs.Add(new CaptureJob("opportunity worked", typeof(RecordOpportunityWorkOnUpdate), DirectPluginRun.PrepareUpdate<RecordOpportunityWorkOnUpdate>(_org, change, null, user)));
    }

    // The emulator has no Win message yet: the state change it makes is applied directly and both steps are queued.
    private void Win(Guid user, Guid opportunity)
    {
        _jobs.Add(new CaptureJob("opportunity won", typeof(RecordOpportunityWinOnWin), DirectPluginRun.PrepareWin<RecordOpportunityWinOnWin>(_org, opportunity, user)));
        Complete(user, Opportunity.EntityName, opportunity, Opportunity.StateWon, 3);
    }

    private static Entity Row(string table, (string Column, object Value)[] values)
    {
        var row = new Entity(table);
        foreach (var (column, value) in values)
        {
            row[column] = value;
        }

        return row;
    }
}
