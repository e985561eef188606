using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Adoption.Teams;
using Microsoft.Xrm.Sdk;
using SystemUser = AdoptionPlugins.Schema.SystemUser;
using Team = AdoptionPlugins.Schema.Team;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Stores the day's adoption totals for sponsors and managers: team rows on each page of leaders, the organization's and tiers'
/// rows on the digest page. Summaries are data, not messages, so a dry run writes them too: they describe the verdicts the
/// same run has already written to the profiles. A row an earlier run of the day wrote for a group no longer shown (too small
/// now, or privacy mode switched on) is deleted, dry run or not, so its figures do not stay readable. Costs one aggregate read per
/// 5,000 users, one read of the day's stored rows per page, one upsert per row shown and one delete per row withdrawn.
/// </summary>
public sealed class SummaryWriter
{
    private readonly EvaluationRun _run;

    public SummaryWriter(EvaluationRun run)
    {
        _run = run ?? throw new ArgumentNullException(nameof(run));
    }

    /// <summary>
    /// One row per team large enough to show, and the day's rows of the teams <paramref name="scope"/> answers for that are no
    /// longer shown deleted; <paramref name="loggedThisPeriod"/> is reused when the message period is a week.
    /// </summary>
    public void WriteTeams(IReadOnlyCollection<TeamView> teams, TeamRowScope scope, IReadOnlyCollection<Guid> reports, IReadOnlyDictionary<Guid, ActivityCounts> loggedThisPeriod)
    {
        _ = teams ?? throw new ArgumentNullException(nameof(teams));
        _ = scope ?? throw new ArgumentNullException(nameof(scope));
        var lastWeek = _run.Settings.Messages.MessagePeriodDays == SummaryRows.LoggedDays ? loggedThisPeriod : ReadLastWeek(reports);
        var rows = SummaryRows.ForTeams(teams, Logged(lastWeek), new PrivacyRules(_run.Settings.Privacy), _run.Report, _run.Today);
        var gateway = new SummaryGateway(_run.Service);
        var stored = scope.Of(gateway.ReadDay(_run.Today, teams: true, scope.CoversFormerLeaders ? null : scope.Batch));
        var withdrawn = Replace(gateway, stored, rows, null);
        _run.Tracing.Trace("Summaries: {0} of {1} teams written, {2} earlier rows of the day withdrawn; the others are below the minimum group size.", rows.Count, teams.Count, withdrawn);
    }

    /// <summary>The organization's row and the tiers' rows large enough to show, owned by the sponsor when one is set.</summary>
    public void WriteOrganization(Standings standings)
    {
        _ = standings ?? throw new ArgumentNullException(nameof(standings));
        var counted = standings.Members.Where(member => member.State != AdoptionState.Excluded).ToList();
        var lastWeek = ReadLastWeek(counted.Select(member => member.UserId).ToList());
        var rows = SummaryRows.ForOrganization(counted, Logged(lastWeek), new PrivacyRules(_run.Settings.Privacy), _run.Report, _run.Today);
        var gateway = new SummaryGateway(_run.Service);
        var withdrawn = Replace(gateway, gateway.ReadDay(_run.Today, teams: false, null), rows, SponsorOwner());
        _run.Tracing.Trace("Summaries: {0} organization and tier rows written, {1} earlier rows of the day withdrawn.", rows.Count, withdrawn);
    }

    // Only rows just read are deleted: deleting a missing row would fail the page (see SummaryGateway.Delete).
    private static int Replace(SummaryGateway gateway, IEnumerable<StoredSummary> stored, IReadOnlyList<SummaryRow> rows, EntityReference? groupOwner)
    {
        var withdrawn = SummaryRows.Withdrawn(stored, rows);
        gateway.Delete(withdrawn);
        gateway.Write(rows, groupOwner);
        return withdrawn.Count;
    }

    // The sponsor is who the totals are for, so their "my" views find them; the Sponsor role reads every summary anyway (Global).
    // Without a sponsor the rows stay with whoever the evaluation runs as; the Administrator and Sponsor roles read them all.
    private EntityReference? SponsorOwner() => _run.Settings.Messages.Sponsor is { } sponsor
        ? new EntityReference(sponsor.IsTeam ? Team.EntityName : SystemUser.EntityName, sponsor.Id)
        : null;

    private IReadOnlyDictionary<Guid, ActivityCounts> ReadLastWeek(IReadOnlyCollection<Guid> userIds) =>
        _run.History.ReadTotals(userIds, _run.Today.AddDays(-SummaryRows.LoggedDays), _run.Today.AddDays(-1));

    private Dictionary<Guid, int> Logged(IReadOnlyDictionary<Guid, ActivityCounts> totals) =>
        totals.ToDictionary(pair => pair.Key, pair => pair.Value.Logged(_run.Settings.Classification.CountTrackedEmails));
}
