using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Daily;

/// <summary>
/// One day's evaluation from plain rows to plain decisions: classify everyone, find quick wins, compose the messages due,
/// and let hygiene decide which go out. Each step is public so a paged custom API can run them page by page.
/// </summary>
public static class DailyEvaluation
{
    public static DailyResult Run(DailyInput input)
    {
        input = input ?? throw new ArgumentNullException(nameof(input));
        var settings = input.Settings;
        var chart = new OrgChart(input.Users.Select(user => user.User).Concat(input.OtherDirectoryEntries));
        var verdicts = input.Users.Select(user => AdoptionClassifier.Classify(user, settings, input.Today)).ToList();
        var members = input.Users.Zip(verdicts, (user, verdict) => TeamMember.From(verdict, user.User.FullName)).ToList();
        var teams = Teams(input, chart, members, verdicts);
        var wins = FindWins(input, verdicts, teams);

        var recipients = input.Users.ToDictionary(user => user.UserId, Recipient.Of);
        var candidates = PersonalMessages(input, verdicts, teams, recipients)
            .Concat(teams.Values.Select(team => TeamSummary.Compose(recipients[team.ManagerId], team, wins.Where(win => BelongsTo(win, team)), chart, settings, input.Today)))
            .Concat(QuickWinNotice.ComposeAll(wins, chart, id => recipients.TryGetValue(id, out var recipient) ? recipient : null, settings, input.Today));
        var decisions = new MessagePolicy(settings, input.History, input.Today, input.DryRunRequested, input.SentEarlierThisRun).Decide(candidates).ToList();

        var notes = new List<string>();
        if (input.SponsorUsers.Count == 0)
        {
            notes.Add(TextCatalog.Get(settings.Messages.ReportLanguage).Format(TextKey.WithheldNoSponsor));
        }

        decisions.AddRange(Digest(input, chart, members, wins, decisions, recipients));
        return new DailyResult(verdicts, wins, decisions, notes);
    }

    /// <summary>The whole hierarchy of every manager and executive in the run who has reports.</summary>
    public static IReadOnlyDictionary<Guid, TeamView> Teams(DailyInput input, OrgChart chart, IReadOnlyList<TeamMember> members, IReadOnlyList<AdoptionVerdict> verdicts)
    {
        input = input ?? throw new ArgumentNullException(nameof(input));
        var period = input.Settings.Messages.MessagePeriodDays;
        var days = input.Users.ToDictionary(user => user.UserId, user => user.Days);
        var teams = new Dictionary<Guid, TeamView>();
        foreach (var leader in verdicts.Where(verdict => verdict.Tier.Tier is AdoptionTier.Executive or AdoptionTier.Manager && chart.HasReports(verdict.UserId)))
        {
            var reports = chart.ReportsOf(leader.UserId).Where(days.ContainsKey).ToList();
            var thisPeriod = Logged(reports.SelectMany(report => days[report]), input.Today.AddDays(-period), input.Today);
            var before = Logged(reports.SelectMany(report => days[report]), input.Today.AddDays(-2 * period), input.Today.AddDays(-period));
            teams[leader.UserId] = TeamView.Of(leader.UserId, chart, members, thisPeriod, before.Logged(input.Settings.Classification.CountTrackedEmails), period);
        }

        return teams;
    }

    /// <summary>Wins found today and not raised before: deals, first meetings, comebacks, team milestones.</summary>
    public static IReadOnlyList<QuickWin> FindWins(DailyInput input, IReadOnlyList<AdoptionVerdict> verdicts, IReadOnlyDictionary<Guid, TeamView> teams)
    {
        input = input ?? throw new ArgumentNullException(nameof(input));
        var settings = input.Settings;
        var privacy = new PrivacyRules(settings.Privacy);
        var historyFrom = input.Today.AddDays(-settings.Classification.LookbackDays);
        var found = QuickWinDetector.DealsWon(input.WonDeals, settings.QuickWins, input.Today)
            .Concat(input.Users.Select(user => QuickWinDetector.FirstMeeting(user, historyFrom, settings.QuickWins, input.Today)))
            .Concat(verdicts.Select(QuickWinDetector.Comeback))
            .Concat(teams.Values.Select(team => QuickWinDetector.TeamMilestone(team, settings.QuickWins, privacy, input.Today)))
            .Where(win => win is not null)
            .Select(win => win!);
        return QuickWinDetector.NotYetRaised(found, input.RaisedWinKeys);
    }

    private static IEnumerable<MessageCandidate> PersonalMessages(DailyInput input, IReadOnlyList<AdoptionVerdict> verdicts, IReadOnlyDictionary<Guid, TeamView> teams, Dictionary<Guid, Recipient> recipients)
    {
        foreach (var verdict in verdicts)
        {
            var recipient = recipients[verdict.UserId];
            if (ExecutiveNudge.IsDue(verdict))
            {
                yield return ExecutiveNudge.Compose(recipient, verdict, teams.TryGetValue(verdict.UserId, out var team) ? team : null, input.WonDeals, input.Settings);
            }

            if (input.Help.TryGetValue(verdict.UserId, out var help) && ContributorHelp.IsDue(verdict, help))
            {
                yield return ContributorHelp.Compose(recipient, help, input.Settings, input.Today);
            }
        }
    }

    private static IReadOnlyList<MessageDecision> Digest(DailyInput input, OrgChart chart, IReadOnlyList<TeamMember> members, IReadOnlyList<QuickWin> wins, IReadOnlyList<MessageDecision> decisions, Dictionary<Guid, Recipient> recipients)
    {
        var settings = input.Settings;
        var sending = settings.Messages.SendingEnabled && !input.DryRunRequested;
        var facts = DigestFacts.Of(members, input.LeadersPercentBefore, input.EveryonePercentBefore, wins, decisions, input.History, sending, input.Today, settings.Messages.DigestPeriodDays);
        var sponsors = input.SponsorUsers
            .Select(id => recipients.TryGetValue(id, out var known) ? known : chart.Find(id) is { } directory ? new Recipient(directory, false, false) : null)
            .Where(sponsor => sponsor is not null)
            .Select(sponsor => SponsorDigest.Compose(sponsor!, facts, chart, settings, input.Today));
        var sentSoFar = input.SentEarlierThisRun + decisions.Count(decision => decision.CountsAsSent && decision.Candidate.Kind != MessageKind.QuickWinNotice);
        return new MessagePolicy(settings, input.History, input.Today, input.DryRunRequested, sentSoFar).Decide(sponsors);
    }

    private static bool BelongsTo(QuickWin win, TeamView team) =>
        win.TeamManagerId == team.ManagerId || win.Involved.Any(person => team.Members.Any(member => member.UserId == person));

    private static ActivityCounts Logged(IEnumerable<ActivityDay> days, DateTime from, DateTime before) =>
        days.Where(day => day.Day >= from && day.Day < before).Aggregate(ActivityCounts.None, (total, day) => total.Plus(day.Counts));
}
