using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Teams;

/// <summary>A manager's whole hierarchy as a summary sees it: members' states and what the team logged in this period and the one before.</summary>
public sealed class TeamView
{
    public TeamView(Guid managerId, string managerName, IEnumerable<TeamMember> members, ActivityCounts loggedThisPeriod, int? loggedPreviousPeriod, int periodDays)
    {
        if (periodDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(periodDays), periodDays, "A period has at least one day.");
        }

        ManagerId = managerId;
        ManagerName = managerName ?? throw new ArgumentNullException(nameof(managerName));
        Members = (members ?? throw new ArgumentNullException(nameof(members)))
            .Where(member => member.UserId != managerId && member.State != AdoptionState.Excluded)
            .ToArray();
        LoggedThisPeriod = loggedThisPeriod ?? throw new ArgumentNullException(nameof(loggedThisPeriod));
        LoggedPreviousPeriod = loggedPreviousPeriod;
        PeriodDays = periodDays;
    }

    public Guid ManagerId { get; }

    public string ManagerName { get; }

    /// <summary>Everyone below the manager who is tracked; the manager and excluded people are left out.</summary>
    public IReadOnlyList<TeamMember> Members { get; }

    /// <summary>What the team's members logged themselves in this period, per kind.</summary>
    public ActivityCounts LoggedThisPeriod { get; }

    /// <summary>The same total for the period before, when known, for the trend.</summary>
    public int? LoggedPreviousPeriod { get; }

    /// <summary>How many days the logged totals cover.</summary>
    public int PeriodDays { get; }

    public GroupTotals Now => GroupTotals.Of(Members.Select(member => member.State));

    /// <summary>The totals before today's evaluation; members evaluated for the first time count as they are now.</summary>
    public GroupTotals Before => GroupTotals.Of(Members.Select(member => member.StateBefore ?? member.State));

    /// <summary>Builds the view of one manager's hierarchy from everyone's standing, so no one outside it can slip in.</summary>
    public static TeamView Of(Guid managerId, OrgChart chart, IEnumerable<TeamMember> everyone, ActivityCounts loggedThisPeriod, int? loggedPreviousPeriod, int periodDays)
    {
        chart = chart ?? throw new ArgumentNullException(nameof(chart));
        var reports = new HashSet<Guid>(chart.ReportsOf(managerId));
        var members = (everyone ?? throw new ArgumentNullException(nameof(everyone))).Where(member => reports.Contains(member.UserId));
        return new TeamView(managerId, chart.NameOf(managerId), members, loggedThisPeriod, loggedPreviousPeriod, periodDays);
    }
}
