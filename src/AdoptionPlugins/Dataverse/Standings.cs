using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Teams;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Everyone's standing after the users phase, as the team and digest phases read it: the org chart from the user directory and
/// each person's tier and state from their profile, with the state before the run's day. Two requests per 5,000 users.
/// </summary>
public sealed class Standings
{
    private Standings(OrgChart chart, IReadOnlyDictionary<Guid, StoredProfile> profiles, IReadOnlyList<TeamMember> members, IReadOnlyList<Guid> leaders)
    {
        Chart = chart;
        Profiles = profiles;
        Members = members;
        Leaders = leaders;
    }

    public OrgChart Chart { get; }

    public IReadOnlyDictionary<Guid, StoredProfile> Profiles { get; }

    /// <summary>Every evaluated person in the directory, with tier, state and the state before the run's day.</summary>
    public IReadOnlyList<TeamMember> Members { get; }

    /// <summary>Executives, and managers with reports, in id order: the people the team phase writes to.</summary>
    public IReadOnlyList<Guid> Leaders { get; }

    public static Standings Read(EvaluationRun run)
    {
        _ = run ?? throw new ArgumentNullException(nameof(run));
        var directory = run.People.ReadDirectory();
        var chart = new OrgChart(directory);
        var profiles = run.Profiles.ReadAll();
        var members = directory
            .Where(user => profiles.TryGetValue(user.UserId, out var profile) && profile.State is not null)
            .Select(user => Member(user, profiles[user.UserId], run.Today))
            .ToList();
        var leaders = members
            .Where(member => member.Tier == AdoptionTier.Executive || (member.IsLeader && chart.HasReports(member.UserId)))
            .Select(member => member.UserId)
            .OrderBy(id => id)
            .ToList();
        return new Standings(chart, profiles, members, leaders);
    }

    /// <summary>The leader's whole hierarchy and what it logged in this period and the one before.</summary>
    public TeamView TeamOf(Guid leaderId, IReadOnlyDictionary<Guid, ActivityCounts> thisPeriod, IReadOnlyDictionary<Guid, ActivityCounts> periodBefore, int periodDays, bool countTrackedEmails)
    {
        _ = thisPeriod ?? throw new ArgumentNullException(nameof(thisPeriod));
        _ = periodBefore ?? throw new ArgumentNullException(nameof(periodBefore));
        var reports = Chart.ReportsOf(leaderId);
        return TeamView.Of(leaderId, Chart, Members, Sum(reports, thisPeriod), Sum(reports, periodBefore).Logged(countTrackedEmails), periodDays);
    }

    private static ActivityCounts Sum(IEnumerable<Guid> users, IReadOnlyDictionary<Guid, ActivityCounts> totals) =>
        users.Aggregate(ActivityCounts.None, (sum, user) => totals.TryGetValue(user, out var counts) ? sum.Plus(counts) : sum);

    private static TeamMember Member(UserFacts user, StoredProfile profile, DateTime today) =>
        new(user.UserId, user.FullName, profile.Tier ?? AdoptionTier.Contributor, profile.State!.Value, profile.StateBefore(today));
}
