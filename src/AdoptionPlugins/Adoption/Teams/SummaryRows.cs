using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Texts;

namespace AdoptionPlugins.Adoption.Teams;

/// <summary>
/// Which adoption totals a day's evaluation stores: everyone, each tier and each manager's hierarchy, each only when privacy
/// allows figures for a group that large (dataverse-facts 7.2). A smaller group gets no row at all, not a row of zeros, so no
/// total can be subtracted from another to single someone out of a small group. A group that shrinks below the minimum, or a
/// privacy mode switched on, between two runs of one day loses the row the first run wrote (<see cref="Withdrawn"/>).
/// </summary>
public static class SummaryRows
{
    /// <summary>The days the logged total covers: the week before the evaluation day, which is not over yet.</summary>
    public const int LoggedDays = 7;

    private static readonly AdoptionTier[] Tiers = [AdoptionTier.Executive, AdoptionTier.Manager, AdoptionTier.Contributor];

    /// <summary>The organization's row and one per tier; excluded people are never counted.</summary>
    /// <param name="members">Everyone evaluated, with their tier and state today.</param>
    /// <param name="loggedLast7Days">What each user logged themselves in the last seven days; users without an entry logged nothing.</param>
    /// <param name="privacy">Decides which groups are large enough to show.</param>
    /// <param name="language">The report language the group names are written in.</param>
    /// <param name="day">The evaluation day.</param>
    public static IReadOnlyList<SummaryRow> ForOrganization(IEnumerable<TeamMember> members, IReadOnlyDictionary<Guid, int> loggedLast7Days, PrivacyRules privacy, TextLanguage language, DateTime day)
    {
        var counted = (members ?? throw new ArgumentNullException(nameof(members))).Where(member => member.State != AdoptionState.Excluded).ToList();
        _ = language ?? throw new ArgumentNullException(nameof(language));
        var rows = new List<SummaryRow> { Row(GroupKind.Organization, "organization", language.Format(TextKey.SummaryEveryone), null, counted, loggedLast7Days, day) };
        rows.AddRange(Tiers.Select(tier => Row(
            GroupKind.Tier,
            "tier:" + tier.ToString().ToLowerInvariant(),
            language.Format(NameOf(tier)),
            null,
            counted.Where(member => member.Tier == tier).ToList(),
            loggedLast7Days,
            day)));
        return Showable(rows, privacy);
    }

    /// <summary>One row per manager's whole hierarchy (the manager and excluded people left out, as in <see cref="TeamView"/>).</summary>
    public static IReadOnlyList<SummaryRow> ForTeams(IEnumerable<TeamView> teams, IReadOnlyDictionary<Guid, int> loggedLast7Days, PrivacyRules privacy, TextLanguage language, DateTime day)
    {
        _ = language ?? throw new ArgumentNullException(nameof(language));
        var rows = (teams ?? throw new ArgumentNullException(nameof(teams))).Select(team => Row(
            GroupKind.Team,
            "team:" + team.ManagerId.ToString("D", CultureInfo.InvariantCulture),
            language.Format(TextKey.SummaryTeamOf, TextArg.Of("manager", team.ManagerName)),
            team.ManagerId,
            team.Members,
            loggedLast7Days,
            day));
        return Showable(rows, privacy);
    }

    /// <summary>
    /// The stored rows of the day whose group today's run no longer shows: the group shrank below the minimum size or has nobody
    /// left, or privacy mode was switched on since an earlier run of the day. Their figures must not stay readable.
    /// </summary>
    /// <param name="stored">The rows of the day stored for the groups the caller decides about.</param>
    /// <param name="shown">The rows the caller writes for those groups now.</param>
    public static IReadOnlyList<Guid> Withdrawn(IEnumerable<StoredSummary> stored, IEnumerable<SummaryRow> shown)
    {
        var kept = new HashSet<Guid>((shown ?? throw new ArgumentNullException(nameof(shown))).Select(row => row.Id));
        return (stored ?? throw new ArgumentNullException(nameof(stored))).Select(row => row.Id).Where(id => !kept.Contains(id)).Distinct().ToList();
    }

    private static SummaryRow Row(GroupKind kind, string key, string name, Guid? managerId, IReadOnlyCollection<TeamMember> members, IReadOnlyDictionary<Guid, int> logged, DateTime day)
    {
        _ = logged ?? throw new ArgumentNullException(nameof(logged));
        var total = members.Sum(member => logged.TryGetValue(member.UserId, out var count) ? Math.Max(0, count) : 0);
        return new SummaryRow(kind, key, name, managerId, day, GroupTotals.Of(members.Select(member => member.State)), total);
    }

    private static List<SummaryRow> Showable(IEnumerable<SummaryRow> rows, PrivacyRules privacy)
    {
        _ = privacy ?? throw new ArgumentNullException(nameof(privacy));
        return rows.Where(row => privacy.MayShowGroup(row.Totals.People)).ToList();
    }

    private static TextKey NameOf(AdoptionTier tier) => tier switch
    {
        AdoptionTier.Executive => TextKey.SummaryExecutives,
        AdoptionTier.Manager => TextKey.SummaryManagers,
        _ => TextKey.SummaryContributors,
    };
}
