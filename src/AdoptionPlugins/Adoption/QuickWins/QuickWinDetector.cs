using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;

namespace AdoptionPlugins.Adoption.QuickWins;

/// <summary>Finds successes in the data itself, never by hand: deals won with CRM work behind them, first meetings, comebacks, team milestones.</summary>
public static class QuickWinDetector
{
    /// <summary>Deals won in the recent days with at least the minimum of activities logged on them.</summary>
    public static IEnumerable<QuickWin> DealsWon(IEnumerable<WonOpportunity> deals, QuickWinSettings settings, DateTime today)
    {
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var since = today.Date.AddDays(-settings.RecentDays);
        return (deals ?? throw new ArgumentNullException(nameof(deals)))
            .Where(deal => deal.WonOn >= since && deal.WonOn <= today.Date && deal.LoggedActivities >= settings.MinimumLoggedActivities)
            .Select(QuickWin.DealWon);
    }

    /// <summary>
    /// The user's first logged meeting, when it was recent. Only claimed when the history read reaches back to the day
    /// the user was first seen: otherwise an older meeting may exist that the history no longer holds.
    /// </summary>
    public static QuickWin? FirstMeeting(EvaluationSubject subject, DateTime historyFrom, QuickWinSettings settings, DateTime today)
    {
        subject = subject ?? throw new ArgumentNullException(nameof(subject));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        if (subject.Profile.FirstSeenOn < historyFrom.Date)
        {
            return null;
        }

        var first = subject.Days.FirstOrDefault(day => day.Counts.Meetings > 0 && day.Day < today.Date);
        return first is not null && first.Day >= today.Date.AddDays(-settings.RecentDays)
            ? QuickWin.FirstMeeting(subject.UserId, first.Day)
            : null;
    }

    /// <summary>A user who was inactive and is active again.</summary>
    public static QuickWin? Comeback(AdoptionVerdict verdict)
    {
        verdict = verdict ?? throw new ArgumentNullException(nameof(verdict));
        return verdict.Previous.State == AdoptionState.Inactive && verdict.State == AdoptionState.Active
            ? QuickWin.Comeback(verdict.UserId, verdict.EvaluatedOn)
            : null;
    }

    /// <summary>A team whose share of active members rose to the threshold today; in privacy mode only teams of the minimum size.</summary>
    public static QuickWin? TeamMilestone(TeamView team, QuickWinSettings settings, PrivacyRules privacy, DateTime today)
    {
        team = team ?? throw new ArgumentNullException(nameof(team));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        privacy = privacy ?? throw new ArgumentNullException(nameof(privacy));
        var now = team.Now;
        var reached = now.Reaches(settings.TeamThresholdPercent) && !team.Before.Reaches(settings.TeamThresholdPercent);
        return reached && now.Judged >= 2 && privacy.MayShowGroup(now.Judged)
            ? QuickWin.TeamMilestone(team, settings.TeamThresholdPercent, today)
            : null;
    }

    /// <summary>The wins not raised before, each once, in key order: retries and re-evaluations find the same keys and add nothing.</summary>
    public static IReadOnlyList<QuickWin> NotYetRaised(IEnumerable<QuickWin> found, IEnumerable<string> alreadyRaised)
    {
        var raised = new HashSet<string>(alreadyRaised ?? [], StringComparer.Ordinal);
        return (found ?? throw new ArgumentNullException(nameof(found)))
            .Where(win => raised.Add(win.Key))
            .OrderBy(win => win.Key, StringComparer.Ordinal)
            .ToList();
    }
}
