using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// One page of users: rolls up their last two days (late async signals included), classifies each from their activity days,
/// leave and profile, writes the profiles whose verdict changed, raises personal quick wins (first meeting, comeback) and sends
/// contributors their help and the quick-win notices. Executive nudges wait for the team phase, which knows every verdict.
/// </summary>
public sealed class UserEvaluationPage
{
    /// <summary>The days the page rolls up again: yesterday, and the day before for signals whose async capture ran late.</summary>
    public const int RefreshDays = 2;

    private readonly EvaluationRun _run;

    public UserEvaluationPage(EvaluationRun run)
    {
        _run = run ?? throw new ArgumentNullException(nameof(run));
    }

    public EvaluationPageResult Run()
    {
        var page = ReadPeople();
        var people = page.People;
        var today = _run.Today;
        var ids = people.Select(person => person.Id).ToList();
        if (ids.Count > 0)
        {
            new ActivityDayRefresher(_run.Service, _run.Tracing, new FixedClock(_run.NowUtc)).Refresh(ids, new LocalDayRange(today.AddDays(-RefreshDays), today.AddDays(-1)));
        }

        var subjects = new SubjectReader(_run).Read(people);
        var verdicts = subjects.Select(subject => AdoptionClassifier.Classify(subject.Subject, _run.Settings, today)).ToList();
        var detail = new PrivacyRules(_run.Settings.Privacy).StoredReasonDetail;
        for (var index = 0; index < verdicts.Count; index++)
        {
            if (subjects[index].NeedsWrite(verdicts[index]))
            {
                _run.Profiles.Write(verdicts[index], subjects[index].Subject.User.FullName, verdicts[index].Explain(_run.Report, detail), detail, _run.NowUtc);
            }
        }

        var wins = RaiseWins(subjects.Select(subject => subject.Subject).ToList(), verdicts);
        var tally = _run.Deliver(Candidates(subjects, verdicts, wins, out var recipients), _run.PolicyHistory(recipients), _run.Cursor.SentSoFar);
        var sent = _run.Cursor.SentSoFar + tally.Counted;
        var next = page.HasMore && page.LastRead is { } last ? _run.Cursor.Continue(last, sent) : _run.Cursor.NextPhase(_run.Request.IsWholeOrganization, sent);
        _run.Tracing.Trace("Users page: {0} evaluated, {1} profiles changed, {2} quick wins, {3} messages sent, {4} held.", verdicts.Count, verdicts.Count(verdict => verdict.HasChanged), wins.Count, tally.Sent, tally.Held);
        return new EvaluationPageResult(next?.ToString(), verdicts.Count, tally.Sent, tally.Held, wins.Count);
    }

    private PeoplePage ReadPeople()
    {
        var request = _run.Request;
        var after = _run.Cursor.After;
        if (request.IsWholeOrganization)
        {
            return _run.People.ReadPage(after, request.PageSize);
        }

        var listed = _run.ScopeIds()!;
        var batch = _run.NextBatch(listed);
        var hasMore = batch.Count > 0 && listed.Any(id => id.CompareTo(batch[batch.Count - 1]) > 0);
        return new PeoplePage(_run.People.Read(batch), batch.Count > 0 ? batch[batch.Count - 1] : after, hasMore);
    }

    private List<QuickWin> RaiseWins(IReadOnlyList<EvaluationSubject> subjects, IReadOnlyList<AdoptionVerdict> verdicts)
    {
        var settings = _run.Settings;
        var historyFrom = _run.Today.AddDays(-settings.Classification.LookbackDays);
        var found = subjects.Select(subject => QuickWinDetector.FirstMeeting(subject, historyFrom, settings.QuickWins, _run.Today))
            .Concat(verdicts.Select(QuickWinDetector.Comeback))
            .OfType<QuickWin>()
            .ToList();
        var wins = QuickWinDetector.NotYetRaised(found, found.Count == 0 ? [] : _run.Wins.RaisedAmong(found.Select(win => win.Key))).ToList();
        var chart = new OrgChart(subjects.Select(subject => subject.User));
        var privacy = new PrivacyRules(settings.Privacy);
        foreach (var win in wins)
        {
            _run.Wins.Write(win, QuickWinTexts.Title(win, _run.Report), QuickWinTexts.Body(win, Viewer.Dashboard, _run.Report, privacy, chart));
        }

        return wins;
    }

    private List<MessageCandidate> Candidates(IReadOnlyList<SubjectRead> subjects, IReadOnlyList<AdoptionVerdict> verdicts, List<QuickWin> wins, out IReadOnlyCollection<Guid> recipients)
    {
        var settings = _run.Settings;
        var known = subjects.ToDictionary(subject => subject.Subject.UserId, subject => Recipient.Of(subject.Subject));
        var candidates = new List<MessageCandidate>();
        var contributors = verdicts.Where(verdict => verdict.Tier.Tier == AdoptionTier.Contributor && verdict.State is not AdoptionState.OnLeave and not AdoptionState.Excluded).Select(verdict => verdict.UserId).ToList();
        if (settings.Messages.Audiences.HasFlag(MessageAudiences.Contributors) && contributors.Count > 0)
        {
            var help = new HelpGateway(_run.Service).Read(contributors, _run.Today);
            candidates.AddRange(verdicts
                .Where(verdict => help.TryGetValue(verdict.UserId, out var facts) && ContributorHelp.IsDue(verdict, facts))
                .Select(verdict => ContributorHelp.Compose(known[verdict.UserId], help[verdict.UserId], settings, _run.Today)));
        }

        var chart = new OrgChart(subjects.Select(subject => subject.Subject.User));
        if (wins.Count > 0)
        {
            // Outside privacy mode managers hear about their people's wins; they may be on another page, so they are read here.
            var managers = subjects.Select(subject => subject.Subject.User.ManagerId).OfType<Guid>().Where(id => !known.ContainsKey(id)).Distinct().ToList();
            if (!settings.Privacy.PrivacyMode && managers.Count > 0)
            {
                var others = _run.People.Read(managers);
                var flags = _run.Profiles.Read(managers);
                foreach (var manager in others)
                {
                    known[manager.Id] = manager.ToRecipient(flags);
                }

                chart = new OrgChart(subjects.Select(subject => subject.Subject.User).Concat(others.Select(manager => manager.Facts)));
            }

            candidates.AddRange(QuickWinNotice.ComposeAll(wins, chart, id => known.TryGetValue(id, out var recipient) ? recipient : null, settings, _run.Today));
        }

        recipients = candidates.Select(candidate => candidate.Recipient.UserId).Distinct().ToList();
        return candidates;
    }
}
