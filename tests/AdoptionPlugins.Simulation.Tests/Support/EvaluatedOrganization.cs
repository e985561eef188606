using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Nudges;
using AdoptionPlugins.Adoption.QuickWins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Simulation.Work;
using AdoptionPlugins.Tooling.Packaging;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>
/// The smallest organization built from solution/, with rows of the evaluation's own tables that the test writes, so each of the
/// report's evaluation sections can be checked on exactly the rows it needs.
/// </summary>
public sealed class EvaluatedOrganization : IDisposable
{
    private readonly List<DaySnapshot> _snapshots = [];

    public EvaluatedOrganization() => Organization = SmallOrganization.Build();

    public SimulatedOrganization Organization { get; }

    public OrganizationPlan Plan => Organization.Plan;

    public PlannedPerson The(Persona persona) => Plan.People.First(person => person.Persona == persona);

    public DateTime DateOf(int day) => Organization.Calendar.DateOf(day);

    public void Nudge(PlannedPerson recipient, MessageKind kind, MessageOutcome outcome, int day, string subject, string body) => System.Create(new Entity(Schema.Nudge.EntityName)
    {
        [Schema.Nudge.Name] = subject,
        [Schema.Nudge.RecipientId] = new EntityReference(SystemUser.EntityName, recipient.Id),
        [Schema.Nudge.Kind] = new OptionSetValue(EvaluationChoices.ValueOf(kind)),
        [Schema.Nudge.Outcome] = new OptionSetValue(EvaluationChoices.ValueOf(outcome)),
        [Schema.Nudge.Day] = DateOf(day),
        [Schema.Nudge.Body] = body,
        [Schema.Nudge.Reason] = "Sending is off: dry run.",
        [Schema.Nudge.OwnerId] = new EntityReference(SystemUser.EntityName, recipient.Id),
    });

    public void QuickWin(PlannedPerson person, QuickWinKind kind, int day, string title) => System.Create(new Entity(Schema.QuickWin.EntityName)
    {
        [Schema.QuickWin.Name] = title,
        [Schema.QuickWin.Kind] = new OptionSetValue(EvaluationChoices.ValueOf(kind)),
        [Schema.QuickWin.Day] = DateOf(day),
        [Schema.QuickWin.UserId] = new EntityReference(SystemUser.EntityName, person.Id),
        [Schema.QuickWin.Body] = $"{title}: well done.",
        [Schema.QuickWin.OwnerId] = new EntityReference(SystemUser.EntityName, person.Id),
    });

    /// <summary>Writes the person's profile as the evaluation would, owned by the person.</summary>
    public void Profile(PlannedPerson person, Adoption.Evaluation.AdoptionTier tier, Adoption.Evaluation.AdoptionState state, int since, string reason) => System.Create(new Entity(AdoptionProfile.EntityName)
    {
        [AdoptionProfile.Name] = person.FullName,
        [AdoptionProfile.UserId] = new EntityReference(SystemUser.EntityName, person.Id),
        [AdoptionProfile.Tier] = new OptionSetValue(EvaluationChoices.ValueOf(tier)),
        [AdoptionProfile.State] = new OptionSetValue(EvaluationChoices.ValueOf(state)),
        [AdoptionProfile.StateSince] = DateOf(since),
        [AdoptionProfile.StateReason] = reason,
        [AdoptionProfile.OwnerId] = new EntityReference(SystemUser.EntityName, person.Id),
    });

    /// <summary>Records where these people stood after one day's evaluation.</summary>
    public void Snapshot(int day, params (PlannedPerson Person, Adoption.Evaluation.AdoptionTier Tier, Adoption.Evaluation.AdoptionState State)[] standings) =>
        _snapshots.Add(new DaySnapshot(day, DateOf(day), standings.ToDictionary(entry => entry.Person.Id, entry => new ProfileStanding(EvaluationChoices.ValueOf(entry.Tier), EvaluationChoices.ValueOf(entry.State)))));

    public SimulationReport Read(bool privacyMode = true) => ReportReader.Read(new ReportInput(
        Organization, new WorkLedger(Plan), _snapshots, new JobFailures(), EvaluationTotals.None, Seed: 1, privacyMode, EvaluationRan: true, ImportDay: 0, SignalsBackfilled: 0,
        new PackResult("AdoptionPlugins_1_0_0_0.zip", "AdoptionPlugins_1_0_0_0_managed.zip")));

    public void Dispose() => Organization.Dispose();

    private IOrganizationService System => Organization.Emulator.SystemService;
}
