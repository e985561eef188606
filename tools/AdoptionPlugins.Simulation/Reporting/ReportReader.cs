using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.ServiceModel;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Simulation.Work;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using AdoptionState = AdoptionPlugins.Adoption.Evaluation.AdoptionState;
using AdoptionTier = AdoptionPlugins.Adoption.Evaluation.AdoptionTier;

namespace AdoptionPlugins.Simulation.Reporting;

/// <summary>
/// Reads the report from the organization's rows after the last day: activity days, profiles, nudges and quick wins as the
/// administrator sees them, and the dashboard as a sales manager sees it, through the security model.
/// </summary>
public static class ReportReader
{
    private const int DifferencesShown = 10;
    private const string Leadership = "Leadership and head office";

    private static readonly AdoptionTier[] JudgedTiers = [AdoptionTier.Executive, AdoptionTier.Manager, AdoptionTier.Contributor];

    public static SimulationReport Read(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organization = input.Organization;
        var system = organization.Emulator.SystemService;
        var since = new QueryExpression(ActivityDay.EntityName) { ColumnSet = new ColumnSet(true) };
        since.Criteria.AddCondition(ActivityDay.Day, ConditionOperator.OnOrAfter, organization.Calendar.FirstDay);
        var days = QueryPaging.All(system, since)
            .ToDictionary(row => (row.GetAttributeValue<EntityReference>(ActivityDay.UserId).Id, row.GetAttributeValue<DateTime>(ActivityDay.Day).Date));
        var profiles = QueryPaging.All(system, new QueryExpression(AdoptionProfile.EntityName) { ColumnSet = new ColumnSet(true) })
            .ToDictionary(row => row.GetAttributeValue<EntityReference>(AdoptionProfile.UserId).Id);
        var signals = QueryPaging.All(system, new QueryExpression(ActivitySignal.EntityName) { ColumnSet = new ColumnSet(ActivitySignal.SourceId, ActivitySignal.Kind) })
            .Select(row => (Source: row.GetAttributeValue<string>(ActivitySignal.SourceId), Kind: row.GetAttributeValue<OptionSetValue>(ActivitySignal.Kind)?.Value))
            .ToList();
        var context = new Context(input, days, profiles);
        var notes = new List<string>();
        if (input.Failures.Count > 0)
        {
            notes.Add($"{input.Failures.Count} of {input.Failures.JobsRun} system jobs failed, for example: {string.Join("; ", input.Failures.Examples)}");
        }

        if (organization.MissingAdoptionRoles.Count > 0)
        {
            notes.Add($"The solution ships no {string.Join(", ", organization.MissingAdoptionRoles.Select(role => $"'{role}'"))} role, so nobody holds it.");
        }

        if (!input.EvaluationRan)
        {
            notes.Add("The daily evaluation did not run, so no profile, nudge or quick win was written.");
        }

        return new SimulationReport
        {
            Summary = Summary(input, signals.Count),
            TierDays = [.. TierDays(context)],
            TierWeeks = [.. Weeks(context, person => Words.Tier(context.TierOf(person)))],
            TeamWeeks = [.. Weeks(context, context.TeamOf)],
            Executives = [.. Executives(context)],
            Nudges = Nudges(context),
            QuickWins = QuickWins(context),
            Dashboard = Dashboard(context),
            ActivityMix = [.. Enum.GetValues<CountedAs>().Select(counted => new ActivityMixLine(Words.Counted(counted), input.Ledger.ExpectedTotal(counted), days.Values.Sum(row => Count(row, counted))))],
            Capture = Capture(context, signals),
            People = [.. context.Humans.Select(person => new PersonLine(
                person.FullName, person.Title, Words.Story(person, organization.Plan, organization.Calendar.DateOf), context.TeamOf(person), person.Workplace.City,
                Words.Tier(context.TierOf(person)), Words.State(context.Final(person)?.State)))],
            Notes = notes,
        };
    }

    /// <summary>The activity-day column an expected count is compared with (DESIGN-capture).</summary>
    public static string ColumnOf(CountedAs counted) => counted switch
    {
        CountedAs.Task => ActivityDay.TaskCount,
        CountedAs.PhoneCall => ActivityDay.PhoneCallCount,
        CountedAs.Meeting => ActivityDay.MeetingCount,
        CountedAs.EmailSent => ActivityDay.EmailSentCount,
        CountedAs.EmailTracked => ActivityDay.EmailTrackedCount,
        CountedAs.Note => ActivityDay.NoteCount,
        CountedAs.OpportunityCreated => ActivityDay.OpportunityCreatedCount,
        CountedAs.OpportunityWorked => ActivityDay.OpportunityWorkedCount,
        CountedAs.OpportunityWon => ActivityDay.OpportunityWonCount,
        CountedAs.Completed => ActivityDay.CompletedCount,
        CountedAs.LoggedOnBehalf => ActivityDay.LoggedOnBehalfCount,
        _ => throw new ArgumentOutOfRangeException(nameof(counted), counted, "Not a counted kind."),
    };

    private static int Count(Entity day, CountedAs counted) => day.GetAttributeValue<int>(ColumnOf(counted));

    // Work the person did themselves: what a manager would call using the CRM. Tracked mail arrives without them.
    private static int OwnWork(Entity day) => day.GetAttributeValue<int>(ActivityDay.TotalCount) - day.GetAttributeValue<int>(ActivityDay.EmailTrackedCount);

    private static ReportSummary Summary(ReportInput input, int signals)
    {
        var calendar = input.Organization.Calendar;
        var ledger = input.Ledger;
        return new ReportSummary
        {
            Seed = input.Seed,
            People = input.Organization.Plan.Humans.Count(),
            Days = calendar.Days,
            FirstDay = calendar.FirstDay,
            LastDay = calendar.LastDay,
            PrivacyMode = input.PrivacyMode,
            EvaluationRan = input.EvaluationRan,
            WorkItems = Enum.GetValues<WorkKind>().Sum(ledger.Done),
            HistoryDays = SimulationCalendar.HistoryDays,
            SignalsBackfilled = input.SignalsBackfilled,
            SignalsRecorded = signals,
            JobsRun = input.Failures.JobsRun,
            Evaluations = input.EvaluationRan ? calendar.Days : 0,
            MessagesHeld = input.Evaluation.MessagesHeld,
            QuickWinsRaised = input.Evaluation.QuickWinsRaised,
            ImportDay = calendar.DateOf(input.ImportDay),
            BusinessUnits = [.. new[] { Region.HeadOffice, Region.Emea, Region.Americas }.Select(region => input.Organization.Emulator.SystemService
                .Retrieve("businessunit", input.Organization.UnitOf(region), new ColumnSet("name")).GetAttributeValue<string>("name"))],
            ManagedZip = Path.GetFileName(input.Zips.ManagedZip),
            UnmanagedZip = Path.GetFileName(input.Zips.UnmanagedZip),
        };
    }

    private static IEnumerable<TierDay> TierDays(Context context) =>
        from snapshot in context.Input.Snapshots
        where snapshot.Profiles.Count > 0
        from tier in JudgedTiers
        select new TierDay(snapshot.Date, Words.Tier(tier), context.States(snapshot, person => context.TierOf(person) == EvaluationChoices.ValueOf(tier)));

    private static IEnumerable<GroupWeek> Weeks(Context context, Func<PlannedPerson, string> groupOf)
    {
        var calendar = context.Input.Organization.Calendar;
        var groups = context.Humans.GroupBy(groupOf).OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            for (var week = 0; week * 7 < calendar.Days; week++)
            {
                var first = week * 7;
                var last = Math.Min(first + 6, calendar.Days - 1);
                var members = group.Where(person => person.JoinsOnDay is not { } joins || joins <= last).ToList();
                var logged = members.Count(person => Enumerable.Range(first, last - first + 1)
                    .Any(day => context.Days.TryGetValue((person.Id, calendar.DateOf(day)), out var row) && OwnWork(row) > 0));
                var snapshot = context.Input.Snapshots.FirstOrDefault(candidate => candidate.Day == last);
                var states = snapshot is { Profiles.Count: > 0 } ? context.States(snapshot, members.Contains) : null;
                yield return new GroupWeek(group.Key, week + 1, calendar.DateOf(first), members.Count, logged, states);
            }
        }
    }

    private static IEnumerable<ExecutiveLine> Executives(Context context)
    {
        var organization = context.Input.Organization;
        var executives = context.Humans.Where(person => context.TierOf(person) == EvaluationChoices.ValueOf(AdoptionTier.Executive));
        foreach (var person in executives)
        {
            var profile = context.Profiles.GetValueOrDefault(person.Id);
            var flagged = context.Input.Snapshots.FirstOrDefault(snapshot => snapshot.Profiles.TryGetValue(person.Id, out var standing) && IsFlagged(standing.State));
            yield return new ExecutiveLine(
                person.FullName, person.Title, Words.Story(person, organization.Plan, organization.Calendar.DateOf),
                Words.State(profile?.GetAttributeValue<OptionSetValue>(AdoptionProfile.State)?.Value),
                profile?.GetAttributeValue<DateTime?>(AdoptionProfile.StateSince),
                profile?.GetAttributeValue<string>(AdoptionProfile.StateReason) ?? string.Empty,
                flagged?.Date);
        }
    }

    private static bool IsFlagged(int state) => EvaluationChoices.StateOf(state) is AdoptionState.Slipping or AdoptionState.Inactive;

    private static List<NudgeLine> Nudges(Context context) =>
        [.. QueryPaging.All(context.System, new QueryExpression(Nudge.EntityName) { ColumnSet = new ColumnSet(true) })
            .Select(row => new NudgeLine(
                row.GetAttributeValue<DateTime>(Nudge.Day).Date,
                context.NameOf(row.GetAttributeValue<EntityReference>(Nudge.RecipientId)),
                Words.NudgeKind(EvaluationChoices.KindOf(Choice(row, Nudge.Kind))),
                Words.Outcome(EvaluationChoices.OutcomeOf(Choice(row, Nudge.Outcome))),
                row.GetAttributeValue<string>(Nudge.Name) ?? string.Empty,
                row.GetAttributeValue<string>(Nudge.Body) ?? string.Empty,
                row.GetAttributeValue<string>(Nudge.Reason) ?? string.Empty,
                row.GetAttributeValue<int?>(Nudge.Language)))
            .OrderBy(line => line.Day)
            .ThenBy(line => line.Kind, StringComparer.Ordinal)
            .ThenBy(line => line.Recipient, StringComparer.Ordinal)];

    private static List<QuickWinLine> QuickWins(Context context) =>
        [.. QueryPaging.All(context.System, new QueryExpression(QuickWin.EntityName) { ColumnSet = new ColumnSet(true) })
            .Select(row => new QuickWinLine(
                row.GetAttributeValue<DateTime>(QuickWin.Day).Date,
                Words.QuickWin(EvaluationChoices.QuickWinKindOf(Choice(row, QuickWin.Kind))),
                row.GetAttributeValue<string>(QuickWin.Name) ?? string.Empty,
                context.NameOf(row.GetAttributeValue<EntityReference>(QuickWin.UserId)),
                row.GetAttributeValue<string>(QuickWin.Body) ?? string.Empty))
            .OrderBy(line => line.Day)
            .ThenBy(line => line.Title, StringComparer.Ordinal)];

    // The evaluation sets every choice of its log rows; a row without one was not written by it.
    private static int Choice(Entity row, string column) =>
        row.GetAttributeValue<OptionSetValue>(column)?.Value
        ?? throw new InvalidDataException($"The {row.LogicalName} row {row.Id} has no {column}; the daily evaluation always sets it.");

    // The first sales manager opens their dashboard on the last evening: everything comes back through their roles.
    private static ManagerDashboard Dashboard(Context context)
    {
        var organization = context.Input.Organization;
        var manager = organization.Plan.Managers.First();
        var hierarchy = Hierarchy(organization.Plan, manager.Id);
        var service = organization.As(manager.Id);
        var lastWeek = organization.Calendar.LastDay.AddDays(-6);
        List<Entity> profiles;
        List<Entity> days;
        try
        {
            profiles = [.. QueryPaging.All(service, new QueryExpression(AdoptionProfile.EntityName) { ColumnSet = new ColumnSet(AdoptionProfile.UserId, AdoptionProfile.State) })];
            var recent = new QueryExpression(ActivityDay.EntityName) { ColumnSet = new ColumnSet(true) };
            recent.Criteria.AddCondition(ActivityDay.Day, ConditionOperator.OnOrAfter, lastWeek);
            days = [.. QueryPaging.All(service, recent)];
        }
        catch (FaultException<OrganizationServiceFault> refused)
        {
            return new ManagerDashboard { Manager = manager.FullName, Problem = $"Dataverse refused the rows to {manager.FullName}: {refused.Detail?.Message ?? refused.Message}" };
        }

        var visible = profiles.Select(row => row.GetAttributeValue<EntityReference>(AdoptionProfile.UserId).Id)
            .Concat(days.Select(row => row.GetAttributeValue<EntityReference>(ActivityDay.UserId).Id))
            .ToHashSet();
        var states = profiles.ToDictionary(row => row.GetAttributeValue<EntityReference>(AdoptionProfile.UserId).Id, row => row.GetAttributeValue<OptionSetValue>(AdoptionProfile.State)?.Value);
        return new ManagerDashboard
        {
            Manager = manager.FullName,
            PeopleVisible = visible.Count,
            PeopleInHierarchy = hierarchy.Count,
            PeopleOutsideHierarchy = visible.Count(id => !hierarchy.Contains(id)),
            States = Tally(states.Values),
            LastWeek = [.. Enum.GetValues<CountedAs>().Select(counted => new ActivityMixLine(Words.Counted(counted), 0, days.Sum(row => Count(row, counted))))],
            People = context.Input.PrivacyMode
                ? []
                : [.. visible.Where(organization.Plan.Contains).Select(organization.Plan.Person).OrderBy(person => person.FullName, StringComparer.Ordinal).Select(person =>
                {
                    var own = days.Where(row => row.GetAttributeValue<EntityReference>(ActivityDay.UserId).Id == person.Id).ToList();
                    return new ManagerDashboardLine(person.FullName, Words.State(states.GetValueOrDefault(person.Id)), own.Count(row => OwnWork(row) > 0), own.Sum(OwnWork));
                })],
        };
    }

    private static HashSet<Guid> Hierarchy(OrganizationPlan plan, Guid managerId)
    {
        var found = new HashSet<Guid> { managerId };
        var queue = new Queue<Guid>([managerId]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var report in plan.ReportsOf(next).Where(report => found.Add(report.Id)))
            {
                queue.Enqueue(report.Id);
            }
        }

        return found;
    }

    private static CaptureCheck Capture(Context context, List<(string Source, int? Kind)> signals)
    {
        var ledger = context.Input.Ledger;
        var plan = context.Input.Organization.Plan;
        var keys = ledger.UserDays.Concat(context.Days.Keys).Distinct().OrderBy(key => key.Item2).ThenBy(key => key.Item1).ToList();
        var differences = new List<string>();
        var matching = 0;
        foreach (var (userId, day) in keys)
        {
            context.Days.TryGetValue((userId, day), out var row);
            var wrong = Enum.GetValues<CountedAs>()
                .Select(counted => (Counted: counted, Expected: ledger.Expected(userId, day, counted), Actual: row is null ? 0 : Count(row, counted)))
                .Where(entry => entry.Expected != entry.Actual)
                .ToList();
            if (wrong.Count == 0)
            {
                matching++;
            }
            else if (differences.Count < DifferencesShown)
            {
                var who = plan.Contains(userId) ? plan.Person(userId).FullName : userId.ToString();
                differences.Add($"{who}, {day:yyyy-MM-dd}: {string.Join(", ", wrong.Select(entry => $"{Words.Counted(entry.Counted).ToLowerInvariant()} counted {entry.Actual}, expected {entry.Expected}"))}");
            }
        }

        // An imported task or a migrated opportunity must never count as logged or created; later work on a migrated deal does.
        var uncredited = ledger.UncreditedRows.Select(id => id.ToString("D")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        int[] creation = [SignalChoices.ValueOf(SignalKind.Task), SignalChoices.ValueOf(SignalKind.OpportunityCreated)];
        var credited = signals.Count(signal => signal.Source is not null && uncredited.Contains(signal.Source) && signal.Kind is { } kind && creation.Contains(kind));
        return new CaptureCheck(keys.Count, matching, differences, uncredited.Count, credited);
    }

    private static StateCounts Tally(IEnumerable<int?> states)
    {
        var counts = states.Where(state => state is not null).GroupBy(state => EvaluationChoices.StateOf(state!.Value)).ToDictionary(group => group.Key, group => group.Count());
        return new StateCounts(
            counts.GetValueOrDefault(AdoptionState.New), counts.GetValueOrDefault(AdoptionState.Active), counts.GetValueOrDefault(AdoptionState.Slipping),
            counts.GetValueOrDefault(AdoptionState.Inactive), counts.GetValueOrDefault(AdoptionState.OnLeave), counts.GetValueOrDefault(AdoptionState.Excluded));
    }

    // What the reader needs throughout: the rows read once, and who belongs to which tier and team.
    private sealed class Context(ReportInput input, Dictionary<(Guid, DateTime), Entity> days, Dictionary<Guid, Entity> profiles)
    {
        public ReportInput Input => input;

        public IOrganizationService System => input.Organization.Emulator.SystemService;

        public Dictionary<(Guid, DateTime), Entity> Days => days;

        public Dictionary<Guid, Entity> Profiles => profiles;

        public IEnumerable<PlannedPerson> Humans => input.Organization.Plan.Humans;

        public ProfileStanding? Final(PlannedPerson person) =>
            profiles.TryGetValue(person.Id, out var row) && row.GetAttributeValue<OptionSetValue>(AdoptionProfile.State) is { } state
                ? new ProfileStanding(row.GetAttributeValue<OptionSetValue>(AdoptionProfile.Tier)?.Value ?? 0, state.Value)
                : null;

        /// <summary>The tier the evaluation gave, or the one the person's role stands for when it has not run.</summary>
        public int TierOf(PlannedPerson person) =>
            profiles.TryGetValue(person.Id, out var row) && row.GetAttributeValue<OptionSetValue>(AdoptionProfile.Tier) is { } tier
                ? tier.Value
                : EvaluationChoices.ValueOf(person.Persona switch
                {
                    Persona.ChiefExecutive or Persona.LeadingExecutive or Persona.LapsingExecutive or Persona.DelegatingExecutive => AdoptionTier.Executive,
                    Persona.SalesManager => AdoptionTier.Manager,
                    Persona.CrmAdministrator => AdoptionTier.Excluded,
                    _ => AdoptionTier.Contributor,
                });

        public string TeamOf(PlannedPerson person)
        {
            var plan = input.Organization.Plan;
            var manager = person.Persona == Persona.SalesManager ? person
                : person.ManagerId is { } id && plan.Person(id).Persona == Persona.SalesManager ? plan.Person(id)
                : null;
            return manager is null ? Leadership : $"{manager.FullName}'s team ({manager.Workplace.City})";
        }

        public StateCounts States(DaySnapshot snapshot, Func<PlannedPerson, bool> member) =>
            Tally(Humans.Where(member).Select(person => snapshot.Profiles.TryGetValue(person.Id, out var standing) ? standing.State : (int?)null));

        public string NameOf(EntityReference? user) =>
            user is null ? "-" : input.Organization.Plan.Contains(user.Id) ? input.Organization.Plan.Person(user.Id).FullName : user.Name ?? user.Id.ToString();
    }
}
