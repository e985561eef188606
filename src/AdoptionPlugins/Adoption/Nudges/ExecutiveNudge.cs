using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>
/// The personal "lead by example" note for an executive who is not using the CRM: it opens with what their team logged
/// and won, so it is worth reading, then their own use, then one concrete thing to do.
/// </summary>
public static class ExecutiveNudge
{
    /// <summary>Only executives judged slipping or inactive on enough evidence; new starters, people on leave and thin data never.</summary>
    public static bool IsDue(AdoptionVerdict verdict) =>
        (verdict ?? throw new ArgumentNullException(nameof(verdict))).Tier.Tier == AdoptionTier.Executive
        && verdict.State is AdoptionState.Slipping or AdoptionState.Inactive
        && verdict.IsConfident;

    /// <param name="recipient">The executive.</param>
    /// <param name="verdict">The executive's own verdict, for their own numbers.</param>
    /// <param name="team">The executive's whole hierarchy, or null when they have no reports.</param>
    /// <param name="deals">Recently won deals; those of the team with enough logged work are offered.</param>
    /// <param name="settings">Valid settings.</param>
    public static MessageCandidate Compose(Recipient recipient, AdoptionVerdict verdict, TeamView? team, IEnumerable<WonOpportunity> deals, AdoptionSettings settings)
    {
        recipient = recipient ?? throw new ArgumentNullException(nameof(recipient));
        verdict = verdict ?? throw new ArgumentNullException(nameof(verdict));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var choice = MessageFrame.LanguageFor(recipient, settings);
        var language = choice.Language;
        var privacy = new PrivacyRules(settings.Privacy);

        var teamSentences = TeamSentences(team, privacy, settings, language).ToList();
        var deal = BestDeal(team, deals, settings.QuickWins);
        var dealSentence = deal is null ? null : language.Format(TextKey.ExecDealWon, TextArg.Of("deal", deal.Name), TextArg.Count("activities", deal.LoggedActivities));
        var window = verdict.Window!;
        var ownUse = language.Format(TextKey.ExecOwnUse, TextArg.Count("active", window.ActiveDays), TextArg.Count("working", window.WorkingDays));
        var invitation = language.Format(TextKey.ExecInvitation);

        var message = MessageFrame.Build(
            choice,
            settings,
            recipient,
            language.Format(TextKey.ExecNudgeTitle),
            language.Format(TextKey.ExecNudgeSubject),
            [.. teamSentences.Take(1), dealSentence, ownUse],
            [string.Join(" ", teamSentences), dealSentence, ownUse, invitation, language.Format(TextKey.ExecWhy)],
            settings.Messages.CoolDownDays);
        return new MessageCandidate(recipient, MessageKind.ExecutiveNudge, verdict.EvaluatedOn, message, MessageChannels.InApp | MessageChannels.Email, lastOwnActivity: window.LastActivityOn);
    }

    private static IEnumerable<string> TeamSentences(TeamView? team, PrivacyRules privacy, AdoptionSettings settings, TextLanguage language)
    {
        if (team is null || team.Members.Count == 0)
        {
            yield break;
        }

        if (!privacy.MayShowGroup(team.Members.Count))
        {
            yield return language.Format(TextKey.ExecTeamHidden, TextArg.Count("minimum", privacy.MinimumGroupSize));
            yield break;
        }

        var logged = team.LoggedThisPeriod;
        var total = TextArg.Count("count", logged.Logged(settings.Classification.CountTrackedEmails));
        var days = TextArg.Count("days", team.PeriodDays);
        var kinds = new[]
        {
            new KeyValuePair<TextKey, int>(TextKey.KindMeetings, logged.Meetings),
            new KeyValuePair<TextKey, int>(TextKey.KindPhoneCalls, logged.PhoneCalls),
            new KeyValuePair<TextKey, int>(TextKey.KindOpportunitiesWon, logged.OpportunitiesWon),
        }.Where(kind => kind.Value > 0).Select(kind => language.Format(kind.Key, TextArg.Count("count", kind.Value))).ToList();
        yield return kinds.Count == 0
            ? language.Format(TextKey.ExecTeamLogged, total, days)
            : language.Format(TextKey.ExecTeamLoggedIncluding, total, days, TextArg.Of("kinds", language.JoinList(kinds)));
        var now = team.Now;
        if (now.Judged > 0)
        {
            yield return language.Format(TextKey.ExecTeamActive, TextArg.Count("active", now.Active), TextArg.Count("members", now.Judged));
        }
    }

    private static WonOpportunity? BestDeal(TeamView? team, IEnumerable<WonOpportunity> deals, QuickWinSettings settings)
    {
        if (team is null)
        {
            return null;
        }

        var people = new HashSet<Guid>(team.Members.Select(member => member.UserId)) { team.ManagerId };
        return (deals ?? [])
            .Where(deal => deal.LoggedActivities >= settings.MinimumLoggedActivities && (people.Contains(deal.OwnerId) || deal.LoggedBy.Any(people.Contains)))
            .OrderByDescending(deal => deal.LoggedActivities)
            .ThenBy(deal => deal.Id)
            .FirstOrDefault();
    }
}
