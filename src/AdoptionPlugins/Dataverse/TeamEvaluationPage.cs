using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Teams;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// One page of leaders, after every verdict of the day is written: each executive or manager gets a summary of their own
/// hierarchy only, and an executive not using the CRM gets a "lead by example" note that opens with what their team logged
/// and won. Message hygiene gives a leader at most one of the two.
/// </summary>
public sealed class TeamEvaluationPage
{
    private readonly EvaluationRun _run;

    public TeamEvaluationPage(EvaluationRun run)
    {
        _run = run ?? throw new ArgumentNullException(nameof(run));
    }

    public EvaluationPageResult Run()
    {
        var standings = Standings.Read(_run);
        var scope = _run.ScopeIds();
        var leaders = standings.Leaders.Where(id => scope is null || scope.Contains(id)).ToList();
        var batch = _run.NextBatch(leaders);
        var today = _run.Today;
        var period = _run.Settings.Messages.MessagePeriodDays;
        var reports = batch.SelectMany(standings.Chart.ReportsOf).Distinct().ToList();
        var thisPeriod = _run.History.ReadTotals(reports, today.AddDays(-period), today.AddDays(-1));
        var before = _run.History.ReadTotals(reports, today.AddDays(-2 * period), today.AddDays(-period - 1));
        var teams = batch.Where(standings.Chart.HasReports)
            .ToDictionary(id => id, id => standings.TeamOf(id, thisPeriod, before, period, _run.Settings.Classification.CountTrackedEmails));
        new SummaryWriter(_run).WriteTeams(teams.Values, new TeamRowScope(batch, leaders, scope, _run.Cursor.After is null), reports, thisPeriod);
        var people = _run.People.Read(batch);
        var candidates = ExecutiveNudges(people, standings, teams)
            .Concat(people.Where(person => teams.ContainsKey(person.Id))
                .Select(person => TeamSummary.Compose(person.ToRecipient(standings.Profiles), teams[person.Id], [], standings.Chart, _run.Settings, today)))
            .ToList();
        var tally = _run.Deliver(candidates, _run.PolicyHistory(batch), _run.Cursor.SentSoFar);
        var sent = _run.Cursor.SentSoFar + tally.Counted;
        var hasMore = batch.Count > 0 && leaders.Any(id => id.CompareTo(batch[batch.Count - 1]) > 0);
        var next = hasMore ? _run.Cursor.Continue(batch[batch.Count - 1], sent) : _run.Cursor.NextPhase(_run.Request.IsWholeOrganization, sent);
        _run.Tracing.Trace("Teams page: {0} leaders, {1} messages sent, {2} held.", batch.Count, tally.Sent, tally.Held);
        return new EvaluationPageResult(next?.ToString(), 0, tally.Sent, tally.Held, 0);
    }

    // The executive's verdict is reached again from the profile as it was before the run's day: the same data gives the same verdict.
    private List<MessageCandidate> ExecutiveNudges(IReadOnlyList<Person> people, Standings standings, Dictionary<Guid, TeamView> teams)
    {
        var executives = people.Where(person => standings.Profiles.TryGetValue(person.Id, out var profile) && profile.Tier == AdoptionTier.Executive).ToList();
        var due = new SubjectReader(_run).Read(executives)
            .Select(read => AdoptionClassifier.Classify(read.Subject, _run.Settings, _run.Today))
            .Where(ExecutiveNudge.IsDue)
            .ToList();
        if (due.Count == 0)
        {
            return [];
        }

        var recent = _run.Settings.QuickWins.RecentDays;
        IReadOnlyList<WonOpportunity> deals = new WonDealGateway(_run.Service).Read(_run.Today.AddDays(-recent), _run.Today);
        return due.Select(verdict => ExecutiveNudge.Compose(
            executives.First(person => person.Id == verdict.UserId).ToRecipient(standings.Profiles),
            verdict,
            teams.TryGetValue(verdict.UserId, out var team) ? team : null,
            deals,
            _run.Settings)).ToList();
    }
}
