using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Texts;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// What every page of one run shares: the services, the run's day, the settings in force (stored, else the last valid, else
/// the defaults) with sending and the sender queue taken from the environment, and the message log and delivery.
/// </summary>
public sealed class EvaluationRun
{
    private EvaluationRun(IOrganizationService service, ITracingService tracing, DateTime nowUtc, EvaluationRequest request, EvaluationCursor cursor, AdoptionSettings settings, string? lastDigest)
    {
        LastDigest = lastDigest;
        Service = service;
        Tracing = tracing;
        NowUtc = nowUtc;
        Request = request;
        Cursor = cursor;
        Settings = settings;
        People = new PeopleGateway(service);
        Profiles = new ProfileGateway(service);
        History = new ActivityHistoryGateway(service);
        Nudges = new NudgeGateway(service);
        Wins = new QuickWinGateway(service);
        Report = TextCatalog.Get(settings.Messages.ReportLanguage);
    }

    public IOrganizationService Service { get; }

    public ITracingService Tracing { get; }

    /// <summary>The operation's time (the plugin clock): profiles record it as when they were evaluated.</summary>
    public DateTime NowUtc { get; }

    public EvaluationRequest Request { get; }

    public EvaluationCursor Cursor { get; }

    /// <summary>The run's day: the day its first page ran; every window ends the day before.</summary>
    public DateTime Today => Cursor.Day;

    public AdoptionSettings Settings { get; }

    /// <summary>The shares the last sponsor digest reported, as stored.</summary>
    public string? LastDigest { get; }

    /// <summary>The language of verdict reasons, quick-win texts and log entries.</summary>
    public TextLanguage Report { get; }

    public PeopleGateway People { get; }

    public ProfileGateway Profiles { get; }

    public ActivityHistoryGateway History { get; }

    public NudgeGateway Nudges { get; }

    public QuickWinGateway Wins { get; }

    /// <summary>
    /// Reads what a page needs before it starts: the settings rows (one request), the environment variables (one)
    /// and the sender queue (one, when a queue is named). Keeps the settings in force as the last valid snapshot when they changed.
    /// </summary>
    public static EvaluationRun Start(IOrganizationService service, ITracingService tracing, DateTime nowUtc, EvaluationRequest request, EvaluationCursor cursor)
    {
        _ = service ?? throw new ArgumentNullException(nameof(service));
        _ = tracing ?? throw new ArgumentNullException(nameof(tracing));
        _ = request ?? throw new ArgumentNullException(nameof(request));
        _ = cursor ?? throw new ArgumentNullException(nameof(cursor));
        var settingsRows = new SettingsGateway(service);
        var stored = settingsRows.Read();
        var resolution = stored.Resolve();
        if (resolution.Source == SettingsSource.Stored && resolution.Snapshot != stored.LastValidSnapshot)
        {
            settingsRows.WriteSnapshot(resolution.Snapshot);
        }
        else if (resolution.Source != SettingsSource.Stored)
        {
            tracing.Trace(
                "The saved settings are not valid, so this run uses {0}: {1}",
                resolution.Source == SettingsSource.LastValid ? "the last valid settings" : "the defaults",
                string.Join(" ", resolution.Problems.Select(problem => problem.Message)));
        }

        var environment = new EnvironmentGateway(service);
        var variables = environment.ReadVariables(EnvironmentVariables.SendingEnabled, EnvironmentVariables.SenderQueue);
        var sending = EnvironmentGateway.IsYes(variables[EnvironmentVariables.SendingEnabled]);
        var queue = environment.FindQueue(variables[EnvironmentVariables.SenderQueue], note => tracing.Trace("{0}", note));
        var settings = RunSettings.With(resolution.Settings, sending, queue);
        tracing.Trace(
            "Evaluation of {0:yyyy-MM-dd}, phase {1}: sending is {2}{3}.",
            cursor.Day,
            cursor.Phase,
            sending ? "on" : "off (dry run)",
            request.DryRun ? ", and this run is a dry run" : string.Empty);
        return new EvaluationRun(service, tracing, nowUtc, request, cursor, settings, stored.LastDigest);
    }

    /// <summary>The users the run is limited to, in id order: the one user or the team's members; null for the whole organization.</summary>
    public IReadOnlyList<Guid>? ScopeIds() =>
        Request.UserId is { } userId ? [userId]
        : Request.TeamId is { } teamId ? People.TeamMembers(teamId)
        : null;

    /// <summary>The next ids of an ordered list after the cursor's position, at most a page.</summary>
    public IReadOnlyList<Guid> NextBatch(IEnumerable<Guid> orderedIds) =>
        orderedIds.Where(id => Cursor.After is not { } after || id.CompareTo(after) > 0).Take(Request.PageSize).ToList();

    /// <summary>How far back the message log is read: the longest of the cool-down, the message period and the digest period.</summary>
    public DateTime HistorySince =>
        Today.AddDays(-Math.Max(Settings.Messages.CoolDownDays, Math.Max(Settings.Messages.MessagePeriodDays, Settings.Messages.DigestPeriodDays)));

    /// <summary>The log entries message hygiene judges these recipients by.</summary>
    public IReadOnlyList<LoggedMessage> PolicyHistory(IReadOnlyCollection<Guid> recipientIds) =>
        Nudges.Read(recipientIds, HistorySince).Select(entry => entry.ForPolicy()).OfType<LoggedMessage>().ToList();

    /// <summary>
    /// Decides the candidates with message hygiene, sends what is due (as SYSTEM, from the queue), logs every decision worth a
    /// row, and traces who gets (or would get) what.
    /// </summary>
    public MessageTally Deliver(IEnumerable<MessageCandidate> candidates, IReadOnlyList<LoggedMessage> history, int sentEarlierThisRun)
    {
        var decisions = new MessagePolicy(Settings, history, Today, Request.DryRun, sentEarlierThisRun).Decide(candidates);
        var sender = new MessageSender(Service, Settings.Messages.SenderQueueId);
        var tally = new MessageTally();
        foreach (var decision in decisions)
        {
            var emailId = decision.Outcome == MessageOutcome.Send ? sender.Send(decision) : null;
            if (decision.ShouldBeLogged)
            {
                Nudges.Write(decision, emailId);
                Tracing.Trace("{0} for {1}: {2}. {3}", decision.Candidate.Kind, decision.Candidate.Recipient.User.FullName, decision.Candidate.Message.Title, decision.Log);
            }

            tally.Add(decision);
        }

        return tally;
    }
}
