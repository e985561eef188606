using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Runs;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// The last evaluation page of the whole organization's run, before the purge: teams that reached their adoption goal and deals
/// won with logged work are raised as quick wins and announced, and the sponsor gets the digest of the period: leaders against
/// everyone with the trend, the wins, and who was invited to lead by example (in privacy mode only how many).
/// </summary>
public sealed class DigestEvaluationPage
{
    private readonly EvaluationRun _run;

    public DigestEvaluationPage(EvaluationRun run)
    {
        _run = run ?? throw new ArgumentNullException(nameof(run));
    }

    public EvaluationPageResult Run()
    {
        var standings = Standings.Read(_run);
        new SummaryWriter(_run).WriteOrganization(standings);
        var wins = RaiseWins(standings);
        var sponsors = Sponsors();
        var recipientIds = wins.SelectMany(win => QuickWinAudience.For(win, standings.Chart, new PrivacyRules(_run.Settings.Privacy))).Select(heard => heard.UserId)
            .Concat(sponsors).Distinct().ToList();
        var recipients = _run.People.Read(recipientIds).ToDictionary(person => person.Id, person => person.ToRecipient(standings.Profiles));
        var candidates = QuickWinNotice.ComposeAll(wins, standings.Chart, id => recipients.TryGetValue(id, out var recipient) ? recipient : null, _run.Settings, _run.Today).ToList();
        var baseline = DigestBaseline.Read(_run.LastDigest);
        var facts = Facts(standings, wins, baseline);
        candidates.AddRange(sponsors.Where(recipients.ContainsKey).Select(id => SponsorDigest.Compose(recipients[id], facts, standings.Chart, _run.Settings, _run.Today)));
        if (sponsors.Count == 0)
        {
            _run.Tracing.Trace("{0}", _run.Report.Format(TextKey.WithheldNoSponsor));
        }

        var tally = _run.Deliver(candidates, _run.PolicyHistory(recipientIds), _run.Cursor.SentSoFar);
        if (tally.Digests > 0)
        {
            new SettingsGateway(_run.Service).WriteLastDigest(new DigestBaseline(_run.Today, facts.Leaders.ActivePercent, facts.Everyone.ActivePercent).ToString());
        }

        _run.Tracing.Trace("Digest page: {0} quick wins, {1} messages sent, {2} held.", wins.Count, tally.Sent, tally.Held);
        var next = _run.Cursor.NextPhase(wholeOrganization: true, _run.Cursor.SentSoFar + tally.Counted);
        return new EvaluationPageResult(next?.ToString(), 0, tally.Sent, tally.Held, wins.Count);
    }

    // Team milestones need only every member's state now and before; deals are read once, for the recent days.
    private IReadOnlyList<QuickWin> RaiseWins(Standings standings)
    {
        var settings = _run.Settings;
        var privacy = new PrivacyRules(settings.Privacy);
        var period = settings.Messages.MessagePeriodDays;
        var milestones = standings.Leaders.Where(standings.Chart.HasReports)
            .Select(leader => QuickWinDetector.TeamMilestone(TeamView.Of(leader, standings.Chart, standings.Members, ActivityCounts.None, null, period), settings.QuickWins, privacy, _run.Today))
            .OfType<QuickWin>();
        var deals = new WonDealGateway(_run.Service).Read(_run.Today.AddDays(-settings.QuickWins.RecentDays), _run.Today);
        var found = QuickWinDetector.DealsWon(deals, settings.QuickWins, _run.Today).Concat(milestones).ToList();
        var wins = QuickWinDetector.NotYetRaised(found, found.Count == 0 ? [] : _run.Wins.RaisedAmong(found.Select(win => win.Key)));
        foreach (var win in wins)
        {
            _run.Wins.Write(win, QuickWinTexts.Title(win, _run.Report), QuickWinTexts.Body(win, Viewer.Dashboard, _run.Report, privacy, standings.Chart));
        }

        return wins;
    }

    // The sponsor user, or every member of the sponsor team: in-app notifications reach users only (dataverse-facts 6.1).
    private IReadOnlyList<Guid> Sponsors() => _run.Settings.Messages.Sponsor switch
    {
        { IsTeam: true } team => _run.People.TeamMembers(team.Id),
        { } user => [user.Id],
        _ => [],
    };

    // Nudges of the whole period come from the log, so executives nudged on earlier days (or pages) are reported too.
    private DigestFacts Facts(Standings standings, IReadOnlyList<QuickWin> wins, DigestBaseline? baseline)
    {
        var today = _run.Today;
        var sending = _run.Settings.Messages.SendingEnabled && !_run.Request.DryRun;
        var periodDays = _run.Settings.Messages.DigestPeriodDays;
        var log = _run.Nudges.Read(null, today.AddDays(-periodDays + 1));
        var counted = log.Where(entry => entry.Outcome == MessageOutcome.Send || (!sending && entry.Outcome == MessageOutcome.DryRun)).ToList();
        return new DigestFacts(
            GroupTotals.Of(standings.Members.Where(member => member.IsLeader).Select(member => member.State)),
            GroupTotals.Of(standings.Members.Select(member => member.State)),
            baseline?.LeadersPercent,
            baseline?.EveryonePercent,
            wins,
            counted.Where(entry => entry.Kind == MessageKind.ExecutiveNudge).Select(entry => entry.RecipientId),
            log.Count(entry => entry.Day == today && entry.Outcome == MessageOutcome.Withheld),
            log.Count(entry => entry.Outcome == MessageOutcome.DryRun),
            periodDays);
    }
}
