using System;
using System.Linq;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Teams;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.QuickWins;

/// <summary>The title and sentence of a quick win for one reader: the person hears it personally, others by name only outside privacy mode.</summary>
public static class QuickWinTexts
{
    public static string Title(QuickWin win, TextLanguage language) => (language ?? throw new ArgumentNullException(nameof(language))).Format((win ?? throw new ArgumentNullException(nameof(win))).Kind switch
    {
        QuickWinKind.DealWon => TextKey.WinDealTitle,
        QuickWinKind.FirstMeeting => TextKey.WinFirstMeetingTitle,
        QuickWinKind.Comeback => TextKey.WinComebackTitle,
        _ => TextKey.WinTeamTitle,
    });

    public static string Body(QuickWin win, Viewer viewer, TextLanguage language, PrivacyRules privacy, OrgChart chart)
    {
        win = win ?? throw new ArgumentNullException(nameof(win));
        language = language ?? throw new ArgumentNullException(nameof(language));
        privacy = privacy ?? throw new ArgumentNullException(nameof(privacy));
        chart = chart ?? throw new ArgumentNullException(nameof(chart));

        switch (win.Kind)
        {
            case QuickWinKind.DealWon:
                var deal = win.Deal!;
                var dealArgs = new[] { TextArg.Of("deal", deal.Name), TextArg.Count("activities", deal.LoggedActivities) };
                return privacy.MayName(Viewer.Colleague)
                    ? language.Format(TextKey.WinDealNamed, [.. dealArgs, TextArg.Of("names", language.JoinList(win.Involved.Select(chart.NameOf).OrderBy(name => name, StringComparer.OrdinalIgnoreCase)))])
                    : language.Format(TextKey.WinDealAnonymous, dealArgs);
            case QuickWinKind.FirstMeeting:
                return Personal(win, viewer, language, privacy, chart, TextKey.WinFirstMeetingSelf, TextKey.WinFirstMeetingNamed, TextKey.WinFirstMeetingAnonymous);
            case QuickWinKind.Comeback:
                return Personal(win, viewer, language, privacy, chart, TextKey.WinComebackSelf, TextKey.WinComebackNamed, TextKey.WinComebackAnonymous);
            default:
                var team = win.Team!;
                var teamArgs = new[] { TextArg.Count("active", team.Active), TextArg.Count("members", team.Judged), TextArg.Percent("threshold", win.ThresholdPercent) };
                return viewer is Viewer.Self or Viewer.Colleague
                    ? language.Format(TextKey.WinTeamSelf, teamArgs)
                    : language.Format(TextKey.WinTeamNamed, [.. teamArgs, TextArg.Of("manager", chart.NameOf(win.TeamManagerId!.Value)), TextArg.Percent("share", team.ActivePercent)]);
        }
    }

    private static string Personal(QuickWin win, Viewer viewer, TextLanguage language, PrivacyRules privacy, OrgChart chart, TextKey self, TextKey named, TextKey anonymous)
    {
        var day = TextArg.Day("day", win.Day);
        if (viewer == Viewer.Self)
        {
            return language.Format(self, day);
        }

        return privacy.MayName(viewer)
            ? language.Format(named, day, TextArg.Of("name", chart.NameOf(win.Person!.Value)))
            : language.Format(anonymous, day);
    }
}
