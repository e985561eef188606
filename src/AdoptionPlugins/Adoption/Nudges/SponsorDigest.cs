using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>
/// One digest per period for the sponsor: leaders against everyone as totals with the trend, the quick wins to share, and
/// which leaders were invited to lead by example (in privacy mode only how many, and no group below the minimum size).
/// </summary>
public static class SponsorDigest
{
    public static MessageCandidate Compose(Recipient sponsor, DigestFacts facts, OrgChart chart, AdoptionSettings settings, DateTime today)
    {
        sponsor = sponsor ?? throw new ArgumentNullException(nameof(sponsor));
        facts = facts ?? throw new ArgumentNullException(nameof(facts));
        chart = chart ?? throw new ArgumentNullException(nameof(chart));
        settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var choice = MessageFrame.LanguageFor(sponsor, settings);
        var language = choice.Language;
        var privacy = new PrivacyRules(settings.Privacy);

        var leaders = GroupLine(language.Format(TextKey.GroupLeaders), facts.Leaders, facts.LeadersPercentBefore, privacy, language);
        var everyone = GroupLine(language.Format(TextKey.GroupEveryone), facts.Everyone, facts.EveryonePercentBefore, privacy, language);
        var paragraphs = new List<string?> { leaders + " " + everyone };
        if (privacy.MayShowGroup(facts.Everyone.People) && facts.Everyone.NewStarters + facts.Everyone.OnLeave > 0)
        {
            paragraphs.Add(language.Format(TextKey.DigestNotJudged, TextArg.Count("new", facts.Everyone.NewStarters), TextArg.Count("leave", facts.Everyone.OnLeave)));
        }

        paragraphs.Add(Wins(facts.Wins, chart, privacy, language));
        paragraphs.Add(Nudges(facts.NudgedExecutives, chart, privacy, language));
        paragraphs.Add(facts.Withheld > 0 ? language.Format(TextKey.DigestWithheld, TextArg.Count("count", facts.Withheld)) : null);
        paragraphs.Add(facts.DryRun > 0 ? language.Format(TextKey.DigestDryRun, TextArg.Count("count", facts.DryRun)) : null);
        paragraphs.Add(facts.Wins.Count > 0 ? language.Format(TextKey.DigestTip) : null);

        var message = MessageFrame.Build(
            choice,
            settings,
            sponsor,
            language.Format(TextKey.DigestTitle),
            language.Format(TextKey.DigestSubject, TextArg.Count("days", facts.PeriodDays)),
            [language.Format(TextKey.DigestInAppBody, TextArg.Of("leaders", leaders), TextArg.Of("everyone", everyone))],
            paragraphs,
            null);
        return new MessageCandidate(sponsor, MessageKind.SponsorDigest, today, message, MessageChannels.InApp | MessageChannels.Email);
    }

    private static string GroupLine(string group, GroupTotals totals, int? percentBefore, PrivacyRules privacy, TextLanguage language)
    {
        if (!privacy.MayShowGroup(totals.Judged))
        {
            return language.Format(TextKey.DigestGroupHidden, TextArg.Of("group", group), TextArg.Count("minimum", privacy.MinimumGroupSize));
        }

        var key = percentBefore is not { } before ? TextKey.DigestGroupFirst
            : totals.ActivePercent > before ? TextKey.DigestGroupUp
            : totals.ActivePercent < before ? TextKey.DigestGroupDown
            : TextKey.DigestGroupSame;
        return language.Format(
            key,
            TextArg.Of("group", group),
            TextArg.Count("active", totals.Active),
            TextArg.Count("judged", totals.Judged),
            TextArg.Percent("share", totals.ActivePercent),
            TextArg.Percent("previous", percentBefore ?? 0));
    }

    private static string Wins(IReadOnlyList<QuickWin> wins, OrgChart chart, PrivacyRules privacy, TextLanguage language) => wins.Count == 0
        ? language.Format(TextKey.DigestNoWins)
        : language.Format(TextKey.DigestWinsHeading) + "\n" + string.Join("\n", wins.Select(win => "• " + QuickWinTexts.Body(win, Viewer.Sponsor, language, privacy, chart)));

    private static string? Nudges(IReadOnlyList<Guid> nudged, OrgChart chart, PrivacyRules privacy, TextLanguage language)
    {
        if (nudged.Count == 0)
        {
            return null;
        }

        return privacy.MayName(Viewer.Sponsor)
            ? language.Format(TextKey.DigestNudgesNamed, TextArg.Of("names", language.JoinList(nudged.Select(chart.NameOf).OrderBy(name => name, StringComparer.OrdinalIgnoreCase))))
            : language.Format(TextKey.DigestNudgesCounted, TextArg.Count("count", nudged.Count));
    }
}
