using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Teams;

namespace AdoptionPlugins.Adoption.QuickWins;

/// <summary>A success worth celebrating, with a key that is the same however often it is found, so it is celebrated once.</summary>
public sealed class QuickWin
{
    private QuickWin(string key, QuickWinKind kind, DateTime day, IEnumerable<Guid> involved, Guid? teamManagerId, WonOpportunity? deal, GroupTotals? team, int thresholdPercent)
    {
        Key = key;
        Kind = kind;
        Day = day.Date;
        Involved = involved.Distinct().ToArray();
        TeamManagerId = teamManagerId;
        Deal = deal;
        Team = team;
        ThresholdPercent = thresholdPercent;
    }

    /// <summary>Deterministic: a gateway derives the notice row's id from it, so retries and re-evaluations upsert the same row.</summary>
    public string Key { get; }

    public QuickWinKind Kind { get; }

    public DateTime Day { get; }

    /// <summary>The people the win is about: the person, everyone who logged work on the deal, or the manager and the team.</summary>
    public IReadOnlyList<Guid> Involved { get; }

    /// <summary>The manager whose team reached a milestone.</summary>
    public Guid? TeamManagerId { get; }

    public WonOpportunity? Deal { get; }

    /// <summary>The team's totals after reaching the milestone.</summary>
    public GroupTotals? Team { get; }

    public int ThresholdPercent { get; }

    /// <summary>The person a personal win is about.</summary>
    public Guid? Person => Kind is QuickWinKind.FirstMeeting or QuickWinKind.Comeback ? Involved[0] : null;

    public static QuickWin DealWon(WonOpportunity deal)
    {
        deal = deal ?? throw new ArgumentNullException(nameof(deal));
        return new QuickWin("won:" + Id(deal.Id), QuickWinKind.DealWon, deal.WonOn, new[] { deal.OwnerId }.Concat(deal.LoggedBy).Where(user => user != Guid.Empty), null, deal, null, 0);
    }

    /// <summary>A first meeting happens once in a person's life with the CRM: the key has no date.</summary>
    public static QuickWin FirstMeeting(Guid userId, DateTime day) =>
        new("first-meeting:" + Id(userId), QuickWinKind.FirstMeeting, day, [userId], null, null, null, 0);

    /// <summary>A person may lapse and return more than once; each return is its own win, keyed by its day.</summary>
    public static QuickWin Comeback(Guid userId, DateTime day) =>
        new("comeback:" + Id(userId) + ":" + DayKey(day), QuickWinKind.Comeback, day, [userId], null, null, null, 0);

    /// <summary>The manager comes first among the people involved, then the team's members.</summary>
    public static QuickWin TeamMilestone(TeamView team, int thresholdPercent, DateTime day)
    {
        team = team ?? throw new ArgumentNullException(nameof(team));
        var key = "team:" + Id(team.ManagerId) + ":" + thresholdPercent.ToString(CultureInfo.InvariantCulture) + ":" + DayKey(day);
        return new QuickWin(key, QuickWinKind.TeamMilestone, day, new[] { team.ManagerId }.Concat(team.Members.Select(member => member.UserId)), team.ManagerId, null, team.Now, thresholdPercent);
    }

    private static string Id(Guid id) => id.ToString("N");

    private static string DayKey(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
