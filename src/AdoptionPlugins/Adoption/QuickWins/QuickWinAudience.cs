using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Teams;

namespace AdoptionPlugins.Adoption.QuickWins;

/// <summary>Who hears about a quick win: the people involved and their managers, except personal wins in privacy mode.</summary>
public static class QuickWinAudience
{
    public static IReadOnlyList<WinRecipient> For(QuickWin win, OrgChart chart, PrivacyRules privacy)
    {
        win = win ?? throw new ArgumentNullException(nameof(win));
        chart = chart ?? throw new ArgumentNullException(nameof(chart));
        privacy = privacy ?? throw new ArgumentNullException(nameof(privacy));

        var recipients = new List<WinRecipient>();
        if (win.Kind == QuickWinKind.TeamMilestone)
        {
            recipients.Add(new WinRecipient(win.Involved[0], Viewer.Self));
            recipients.AddRange(win.Involved.Skip(1).Select(member => new WinRecipient(member, Viewer.Colleague)));
            return recipients;
        }

        recipients.AddRange(win.Involved.Select(person => new WinRecipient(person, Viewer.Self)));
        var managersMayHear = win.Kind == QuickWinKind.DealWon || privacy.MayShareAPersonalWin(Viewer.Manager);
        if (managersMayHear)
        {
            var managers = win.Involved.Select(chart.ManagerOf).Where(manager => manager is not null).Select(manager => manager!.Value);
            recipients.AddRange(managers.Distinct().Where(manager => !win.Involved.Contains(manager)).Select(manager => new WinRecipient(manager, Viewer.Manager)));
        }

        return recipients;
    }
}
