using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Contract;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Running;
using AdoptionPlugins.Simulation.Work;
using AdoptionPlugins.Tooling.Packaging;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Simulation.Tests.Support;

/// <summary>
/// The smallest organization with the rows a daily evaluation leaves, written by the test with the contract's names, so the
/// report's evaluation sections can be checked before the evaluation itself is in solution/.
/// </summary>
public sealed class EvaluatedOrganization : IDisposable
{
    private const int OptionBase = 618370000;

    private readonly List<DaySnapshot> _snapshots = [];

    /// <param name="solution">The solution tree to build from; solution/ when null.</param>
    /// <param name="addLogTables">Whether to declare the log tables the solution lacks.</param>
    public EvaluatedOrganization(string? solution = null, bool addLogTables = true)
    {
        Organization = SmallOrganization.Build(solution: solution);
        foreach (var table in new[] { ContractTables.Nudge(), ContractTables.QuickWin() })
        {
            if (addLogTables && !Organization.Emulator.Catalog.Contains(table.LogicalName))
            {
                Organization.Emulator.Catalog.Add(table);
            }
        }
    }

    public SimulatedOrganization Organization { get; }

    public OrganizationPlan Plan => Organization.Plan;

    public PlannedPerson The(Persona persona) => Plan.People.First(person => person.Persona == persona);

    public DateTime DateOf(int day) => Organization.Calendar.DateOf(day);

    public void Nudge(PlannedPerson recipient, int kind, int outcome, int day, string subject, string body) => System.Create(new Entity(NudgeTable.EntityName)
    {
        [NudgeTable.Name] = subject,
        [NudgeTable.RecipientId] = new EntityReference(SystemUser.EntityName, recipient.Id),
        [NudgeTable.Kind] = new OptionSetValue(kind),
        [NudgeTable.Outcome] = new OptionSetValue(outcome),
        [NudgeTable.Day] = DateOf(day),
        [NudgeTable.Body] = body,
        [NudgeTable.Reason] = "Sending is off: dry run.",
        [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, recipient.Id),
    });

    public void QuickWin(PlannedPerson person, int kind, int day, string title) => System.Create(new Entity(QuickWinTable.EntityName)
    {
        [QuickWinTable.Name] = title,
        [QuickWinTable.Kind] = new OptionSetValue(kind),
        [QuickWinTable.Day] = DateOf(day),
        [QuickWinTable.UserId] = new EntityReference(SystemUser.EntityName, person.Id),
        [QuickWinTable.Body] = $"{title}: well done.",
        [RecordColumns.OwnerId] = new EntityReference(SystemUser.EntityName, person.Id),
    });

    /// <summary>Writes the person's profile as the evaluation would, owned by the person.</summary>
    public void Profile(PlannedPerson person, Adoption.Evaluation.AdoptionTier tier, Adoption.Evaluation.AdoptionState state, int since, string reason) => System.Create(new Entity(AdoptionProfile.EntityName)
    {
        [AdoptionProfile.Name] = person.FullName,
        [AdoptionProfile.UserId] = new EntityReference(SystemUser.EntityName, person.Id),
        [AdoptionProfile.Tier] = new OptionSetValue(OptionBase + (int)tier),
        [AdoptionProfile.State] = new OptionSetValue(OptionBase + (int)state),
        [AdoptionProfile.StateSince] = DateOf(since),
        [AdoptionProfile.StateReason] = reason,
        [AdoptionProfile.OwnerId] = new EntityReference(SystemUser.EntityName, person.Id),
    });

    /// <summary>Records where these people stood after one day's evaluation.</summary>
    public void Snapshot(int day, params (PlannedPerson Person, Adoption.Evaluation.AdoptionTier Tier, Adoption.Evaluation.AdoptionState State)[] standings) =>
        _snapshots.Add(new DaySnapshot(day, DateOf(day), standings.ToDictionary(entry => entry.Person.Id, entry => new ProfileStanding(OptionBase + (int)entry.Tier, OptionBase + (int)entry.State))));

    public SimulationReport Read(bool privacyMode = true) => ReportReader.Read(new ReportInput(
        Organization, new WorkLedger(Plan), _snapshots, new JobFailures(), EvaluationTotals.None, Seed: 1, privacyMode, EvaluationRan: true, ImportDay: 0, SignalsBackfilled: 0,
        new PackResult("AdoptionPlugins_1_0_0_0.zip", "AdoptionPlugins_1_0_0_0_managed.zip")));

    public void Dispose() => Organization.Dispose();

    private IOrganizationService System => Organization.Emulator.SystemService;
}
