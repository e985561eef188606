using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.ServiceModel;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Settings;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Reporting;
using AdoptionPlugins.Simulation.Work;
using AdoptionPlugins.Tooling.Packaging;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Simulation.Running;

/// <summary>
/// Runs a whole simulation: packs the solution, builds the organization in the emulator from it, plays each day's work through
/// the pipeline, runs the system jobs, calls the daily evaluation the next morning, and writes the report.
/// </summary>
public static class Simulator
{
    public static SimulationResult Run(SimulationOptions options, ISimulationProgress progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        Check(options);
        var elapsed = Stopwatch.StartNew();
        var zips = SolutionPacker.Pack(new PackRequest(options.SolutionFolder, options.PluginBuildFolder, options.OutputFolder, ReleaseVersion.Current));
        var random = new Random(options.Seed);
        var ids = new SeededIds(options.Seed);
        var calendar = new SimulationCalendar(SimulationCalendar.DefaultFirstDay, options.Days);
        var plan = OrganizationPlan.Create(options.People, options.Days, random, ids);
        using var organization = OrganizationBuilder.Build(options.SolutionFolder, typeof(RecordActivitySignalOnCreate).Assembly, plan, calendar, ids);
        if (options.RunEvaluation)
        {
            ApplySettings(organization, options);
        }

        var planner = new WorkPlanner(organization, random, ids);
        var ledger = new WorkLedger(plan);
        var failures = new JobFailures();
        var backfilled = PlayHistory(organization, planner, ledger);
        progress.Started(calendar, options.People);
        var snapshots = new List<DaySnapshot>();
        var evaluation = new EvaluationCall(organization.As(plan.Administrator.Id), plan.People.Count);
        var totals = EvaluationTotals.None;
        for (var day = 0; day < calendar.Days; day++)
        {
            var items = planner.PlanDay(day);
            foreach (var item in items)
            {
                Perform(organization, item, day);
                ledger.Record(item);
            }

            organization.MoveClockTo(calendar.EvaluationAfter(day));
            var jobs = organization.Emulator.AsyncJobs.RunUntilIdle();
            failures.Add(jobs);
            var evaluated = options.RunEvaluation ? evaluation.Run(calendar.DateOf(day)) : RefreshDays(organization, day);
            totals = totals.Add(evaluated);
            snapshots.Add(Snapshot(organization, day));
            progress.DayDone(new DaySummary(day, calendar.DateOf(day), items.Count, jobs.Jobs.Count, evaluated));
        }

        var report = ReportReader.Read(new ReportInput(organization, ledger, snapshots, failures, totals, options.Seed, options.PrivacyMode, options.RunEvaluation, planner.ImportDay, backfilled, zips));
        var html = HtmlReport.WriteTo(options.OutputFolder, report);
        return new SimulationResult(report, html, zips, elapsed.Elapsed);
    }

    /// <summary>Why the solution cannot run the daily evaluation, or null when it can: the simulation never fakes it.</summary>
    public static string? EvaluationMissingFrom(string solutionFolder)
    {
        var apis = SolutionRegistrations.Read(solutionFolder).CustomApis;
        return apis.Any(api => string.Equals(api.UniqueName, EvaluateAdoptionMessage.UniqueName, StringComparison.OrdinalIgnoreCase))
            ? null
            : $"The solution in {solutionFolder} has no custom API {EvaluateAdoptionMessage.UniqueName}, so the daily evaluation cannot run and the simulation stops here rather than fake it. "
              + "Simulate a solution tree that includes the evaluation (customapis/" + EvaluateAdoptionMessage.UniqueName + ").";
    }

    private static void Check(SimulationOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.People, SimulationLimits.MinimumPeople, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.People, SimulationLimits.MaximumPeople, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Days, SimulationLimits.MinimumDays, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Days, SimulationLimits.MaximumDays, nameof(options));
        if (!Directory.Exists(options.SolutionFolder))
        {
            throw new DirectoryNotFoundException($"No solution folder at {options.SolutionFolder}.");
        }

        if (options.RunEvaluation && EvaluationMissingFrom(options.SolutionFolder) is { } missing)
        {
            throw new SimulationStoppedException(missing);
        }

        if (Backfill.MissingFrom(SolutionRegistrations.Read(options.SolutionFolder)) is { } noBackfill)
        {
            throw new SimulationStoppedException(noBackfill);
        }
    }

    // The administrator names the CEO as the adoption sponsor and sets privacy mode as asked, through the settings table and
    // its validation step, as they would after installing.
    private static void ApplySettings(SimulatedOrganization organization, SimulationOptions options)
    {
        var administrator = organization.As(organization.Plan.Administrator.Id);
        var settings = new[]
        {
            (SettingNames.PrivacyMode, SettingsFormat.Flag(options.PrivacyMode), "Set by the simulation's --privacy-mode."),
            (SettingNames.SponsorUserId, SettingsFormat.Id(organization.Plan.ChiefExecutive.Id), $"The CEO, {organization.Plan.ChiefExecutive.FullName}, sponsors adoption."),
        };
        foreach (var (name, value, description) in settings)
        {
            try
            {
                administrator.Create(new Entity(AdoptionSetting.EntityName)
                {
                    [AdoptionSetting.Name] = name,
                    [AdoptionSetting.Value] = value,
                    [AdoptionSetting.Description] = description,
                });
            }
            catch (FaultException<OrganizationServiceFault> refused)
            {
                throw new SimulationStoppedException($"The setting {name} = {value} was refused: {refused.Detail?.Message ?? refused.Message}", refused);
            }
        }
    }

    // The weeks before the install: the old CRM's pipeline is migrated and the organization works in the CRM without the product
    // (its steps are off, as before the import); on the install morning the administrator backfills those weeks. Only the
    // migration goes into the ledger: the capture check compares the days since the install.
    private static int PlayHistory(SimulatedOrganization organization, WorkPlanner planner, WorkLedger ledger)
    {
        var calendar = organization.Calendar;
        var plugins = organization.Emulator.Plugins;
        var steps = plugins.Steps.Select(step => step.Id).ToList();
        steps.ForEach(plugins.Disable);
        var migration = planner.Migration(-SimulationCalendar.HistoryDays);
        Perform(organization, migration, -SimulationCalendar.HistoryDays);
        ledger.Record(migration);
        for (var day = -SimulationCalendar.HistoryDays; day < 0; day++)
        {
            foreach (var item in planner.PlanDay(day))
            {
                Perform(organization, item, day);
            }
        }

        steps.ForEach(plugins.Enable);
        organization.MoveClockTo(calendar.EvaluationAfter(-1));
        return Backfill.Run(organization.As(organization.Plan.Administrator.Id), calendar.FirstHistoryDay, calendar.DateOf(-1), organization.Plan.People.Count);
    }

    private static void Perform(SimulatedOrganization organization, WorkItem item, int day)
    {
        organization.MoveClockTo(item.Utc);
        try
        {
            item.Perform(organization);
        }
        catch (Exception refused) when (refused is FaultException<OrganizationServiceFault> or InvalidPluginExecutionException)
        {
            throw new SimulationStoppedException($"{item.Kind} at {item.Utc:yyyy-MM-dd HH:mm} UTC on {organization.Calendar.DateOf(day):yyyy-MM-dd} was refused: {refused.Message}", refused);
        }
    }

    // Without the evaluation, the capture's own refresher rolls the day up, as an on-demand refresh would.
    private static EvaluationTotals RefreshDays(SimulatedOrganization organization, int day)
    {
        var date = organization.Calendar.DateOf(day);
        var users = organization.Plan.People.Where(person => person.JoinsOnDay is not { } joins || joins <= day).Select(person => person.Id).ToList();
        DayRollUp.Refresh(organization.Emulator.SystemService, users, new LocalDayRange(date, date), organization.Emulator.Clock.UtcNow);
        return EvaluationTotals.None;
    }

    private static DaySnapshot Snapshot(SimulatedOrganization organization, int day)
    {
        var query = new QueryExpression(AdoptionProfile.EntityName) { ColumnSet = new ColumnSet(AdoptionProfile.UserId, AdoptionProfile.Tier, AdoptionProfile.State) };
        var profiles = new Dictionary<Guid, ProfileStanding>();
        foreach (var row in QueryPaging.All(organization.Emulator.SystemService, query))
        {
            if (row.GetAttributeValue<EntityReference>(AdoptionProfile.UserId) is { } user
                && row.GetAttributeValue<OptionSetValue>(AdoptionProfile.Tier) is { } tier
                && row.GetAttributeValue<OptionSetValue>(AdoptionProfile.State) is { } state)
            {
                profiles[user.Id] = new ProfileStanding(tier.Value, state.Value);
            }
        }

        return new DaySnapshot(day, organization.Calendar.DateOf(day), profiles);
    }
}
