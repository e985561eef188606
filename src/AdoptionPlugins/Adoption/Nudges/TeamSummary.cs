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
/// A manager's summary of their own hierarchy only: how many are active, slipping or inactive, the trend and the team's
/// quick wins. Names of people who might welcome a hand appear only outside privacy mode, in alphabetical order, never ranked.
/// </summary>
public static class TeamSummary
{
    public static MessageCandidate Compose(Recipient manager, TeamView team, IEnumerable<QuickWin> teamWins, OrgChart chart, AdoptionSettings settings, DateTime today)
    {
        manager = manager ?? throw new ArgumentNullException(nameof(manager));
        team = team ?? throw new ArgumentNullException(nameof(team));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        if (team.ManagerId != manager.UserId)
        {
            throw new ArgumentException($"The team of {team.ManagerName} cannot be summarized for {manager.User.FullName}: managers see their own hierarchy only.", nameof(team));
        }

        var choice = MessageFrame.LanguageFor(manager, settings);
        var language = choice.Language;
        var privacy = new PrivacyRules(settings.Privacy);
        var tooSmall = !privacy.MayShowGroup(team.Members.Count);
        var sentences = tooSmall
            ? [language.Format(TextKey.ExecTeamHidden, TextArg.Count("minimum", privacy.MinimumGroupSize))]
            : Figures(team, teamWins, chart, privacy, settings, language).ToList();

        var message = MessageFrame.Build(
            choice,
            settings,
            manager,
            language.Format(TextKey.TeamSummaryTitle),
            language.Format(TextKey.TeamSummarySubject),
            sentences.Take(2),
            [.. sentences, language.Format(TextKey.TeamTip)],
            settings.Messages.MessagePeriodDays);
        return new MessageCandidate(manager, MessageKind.TeamSummary, today, message, MessageChannels.InApp | MessageChannels.Email, tooSmall);
    }

    private static IEnumerable<string> Figures(TeamView team, IEnumerable<QuickWin> teamWins, OrgChart chart, PrivacyRules privacy, AdoptionSettings settings, TextLanguage language)
    {
        var now = team.Now;
        yield return language.Format(TextKey.TeamCounts, TextArg.Count("members", now.People), TextArg.Count("active", now.Active), TextArg.Count("slipping", now.Slipping), TextArg.Count("inactive", now.Inactive));
        if (now.NewStarters + now.OnLeave > 0)
        {
            yield return language.Format(TextKey.TeamNotJudged, TextArg.Count("new", now.NewStarters), TextArg.Count("leave", now.OnLeave));
        }

        if (team.LoggedPreviousPeriod is { } before)
        {
            var logged = team.LoggedThisPeriod.Logged(settings.Classification.CountTrackedEmails);
            var trend = logged > before ? TextKey.TeamTrendUp : logged < before ? TextKey.TeamTrendDown : TextKey.TeamTrendSame;
            yield return language.Format(trend, TextArg.Count("count", logged), TextArg.Count("days", team.PeriodDays), TextArg.Count("previous", before));
        }

        if (privacy.MayShowPersonalFigures(Viewer.Manager))
        {
            var needHand = team.Members.Where(member => member.State is AdoptionState.Slipping or AdoptionState.Inactive).Select(member => member.Name).OrderBy(name => name, StringComparer.OrdinalIgnoreCase).ToList();
            if (needHand.Count > 0)
            {
                yield return language.Format(TextKey.TeamMightWelcomeHand, TextArg.Of("names", language.JoinList(needHand)));
            }
        }

        var wins = (teamWins ?? []).Select(win => QuickWinTexts.Body(win, Viewer.Manager, language, privacy, chart)).ToList();
        if (wins.Count > 0)
        {
            yield return language.Format(TextKey.TeamWins, TextArg.Of("wins", string.Join(" ", wins)));
        }
    }
}
