using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Capture.Reconcile;
using AdoptionPlugins.Adoption.Privacy;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Runs one bounded page of a reconcile (DESIGN-capture "Reconcile"): first the source tables, deriving each row's signals
/// with the capture rules and writing those the plugins did not (so a plugin's more exact signal is never replaced), then the
/// roll-up of the users' days. Every write is an upsert by a deterministic id, so a repeated page changes nothing. History a
/// person had erased stays erased (<see cref="ErasedHistory"/>).
/// </summary>
public sealed class ActivityReconciler
{
    private readonly IOrganizationService _service;
    private readonly ITracingService _tracing;
    private readonly IClock _clock;

    public ActivityReconciler(IOrganizationService service, ITracingService tracing, IClock clock)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _tracing = tracing ?? throw new ArgumentNullException(nameof(tracing));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    public ReconcilePageResult RunPage(ReconcileRequest request, ReconcileCursor cursor)
    {
        _ = request ?? throw new ArgumentNullException(nameof(request));
        _ = cursor ?? throw new ArgumentNullException(nameof(cursor));
        return cursor.Phase == ReconcilePhase.Sources ? SourcePage(request, cursor) : RollUpPage(request, cursor);
    }

    private ReconcilePageResult SourcePage(ReconcileRequest request, ReconcileCursor cursor)
    {
        var page = new SourceRowGateway(_service).ReadPage(
            cursor.Table, request.Days.UtcWindowStart, request.Days.UtcWindowEnd, request.UserIds, request.PageSize, cursor.PageNumber, cursor.PagingCookie);
        var directory = new LoadedUserDirectory();
        new UserDirectoryGateway(_service).Load(directory, page.Items.SelectMany(Actors));
        var derived = page.Items.SelectMany(facts => SignalDerivation.FromSourceRow(facts, directory))
            .Select(candidate => candidate.ToSignal()).OfType<Signal>()
            .GroupBy(signal => signal.Id).Select(group => group.First()).ToList();
        var erasedOn = new ErasedHistoryGateway(_service).ErasedOn(derived.SelectMany(signal => new[] { signal.UserId, signal.OnBehalfOfId ?? signal.UserId }));
        var signals = derived.Select(signal => ErasedHistory.Filter(signal, erasedOn)).OfType<Signal>().ToList();
        var gateway = new SignalGateway(_service);
        var existing = gateway.FindExisting(signals.Select(signal => signal.Id).ToList());
        var missing = signals.Where(signal => !existing.Contains(signal.Id)).ToList();
        foreach (var signal in missing)
        {
            gateway.Upsert(signal);
        }

        _tracing.Trace("Reconcile {0} page {1}: {2} rows, {3} signals, {4} missing and written.", cursor.Table, cursor.PageNumber, page.Items.Count, signals.Count, missing.Count);
        return new ReconcilePageResult(cursor.After(page.HasMore, page.PagingCookie)?.ToString(), missing.Count, 0);
    }

    private ReconcilePageResult RollUpPage(ReconcileRequest request, ReconcileCursor cursor)
    {
        RowPage<Guid> users;
        if (request.AllUsers)
        {
            users = new UserDirectoryGateway(_service).ReadUserPage(request.UsersPerPage, cursor.PageNumber, cursor.PagingCookie);
        }
        else
        {
            var listed = request.UserIds.Skip((cursor.PageNumber - 1) * request.UsersPerPage).Take(request.UsersPerPage).ToList();
            users = new RowPage<Guid>(listed, cursor.PageNumber * request.UsersPerPage < request.UserIds.Count, null);
        }

        var written = new ActivityDayRefresher(_service, _tracing, _clock).Refresh(users.Items, request.Days);
        _tracing.Trace("Reconcile roll-up page {0}: {1} users, {2} days written.", cursor.PageNumber, users.Items.Count, written);
        return new ReconcilePageResult(cursor.After(users.HasMore, users.PagingCookie)?.ToString(), 0, written);
    }

    private static IEnumerable<Guid> Actors(ActivityFacts facts) =>
        new[] { facts.Owner, facts.CreatedBy, facts.CreatedOnBehalfBy, facts.ModifiedBy, facts.ModifiedOnBehalfBy }
            .Where(user => user is { IsTeam: false })
            .Select(user => user!.Id);
}
