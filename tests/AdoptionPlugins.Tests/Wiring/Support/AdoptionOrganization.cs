using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Tests.Wiring.Support;

/// <summary>
/// A fresh emulated organization per test built from the committed <c>solution/</c> (tables, steps, custom APIs) and the plugin
/// assembly, with people in sales roles, their logged work as activity signals, and a clock that moves day by day like the flow.
/// </summary>
public sealed class AdoptionOrganization : IDisposable
{
    /// <summary>A Monday: people are created here, weeks before the evaluations the tests run.</summary>
    public static readonly DateTime Start = new(2026, 1, 5, 6, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<SolutionRegistrations> Registrations = new(() => SolutionRegistrations.Read(SolutionFolder));

    public AdoptionOrganization(TimeSpan? requestDuration = null)
    {
        var catalog = MetadataCatalog.CreateFromSolution(SolutionFolder);

        // Tests name people directly; the emulator does not compose fullname from first and last name.
        var users = catalog.GetTable(SystemUser.EntityName);
        catalog.AddOrReplace(users.WithColumns(users.Columns.Select(column => column.LogicalName == SystemUser.FullName ? column with { IsValidForCreate = true } : column)));
        Org = new EmulatedOrganization(new EmulatedOrganizationOptions
        {
            Catalog = catalog,
            Registrations = Registrations.Value,
            PluginAssemblies = [typeof(EvaluateAdoptionApi).Assembly],
            StartTime = Start,
            RequestDuration = requestDuration ?? TimeSpan.Zero,
        });
        foreach (var tier in new[] { AdoptionTier.Executive, AdoptionTier.Manager, AdoptionTier.Contributor })
        {
            Org.Database.Security.AddRole(SalesRoles.For(tier));
        }
    }

    public static string SolutionFolder => RepositoryFolders.InRepository("solution");

    public EmulatedOrganization Org { get; }

    public IOrganizationService Service => Org.SystemService;

    /// <summary>The day the emulated clock is on.</summary>
    public DateTime Today => Org.Clock.UtcNow.Date;

    /// <summary>A licensed person in the role of their tier, created now (so they count as known since today).</summary>
    public Guid Person(string fullName, AdoptionTier tier = AdoptionTier.Contributor, Guid? manager = null, int? language = null)
    {
        var space = fullName.IndexOf(' ', StringComparison.Ordinal);
        var user = new Entity(SystemUser.EntityName)
        {
            [SystemUser.FullName] = fullName,
            ["firstname"] = space > 0 ? fullName[..space] : fullName,
            ["lastname"] = space > 0 ? fullName[(space + 1)..] : fullName,
            ["domainname"] = $"{Guid.NewGuid():N}@contoso.test",
            [SystemUser.EmailAddress] = fullName.Replace(' ', '.').ToLowerInvariant() + "@contoso.test",
            ["businessunitid"] = new EntityReference("businessunit", Org.RootBusinessUnitId),
            [SystemUser.IsLicensed] = true,
        };
        if (manager is { } managerId)
        {
            user[SystemUser.ManagerId] = new EntityReference(SystemUser.EntityName, managerId);
        }

        var id = Service.Create(user);
        Org.Database.Security.AssignRole(id, SalesRoles.For(tier).Id);
        if (language is { } lcid)
        {
            Service.Update(new Entity(UserSettings.EntityName, id) { [UserSettings.UiLanguageId] = lcid });
        }

        return id;
    }

    /// <summary>Someone logged a task at noon UTC on every weekday from <paramref name="first"/> to <paramref name="last"/>, rolled up into days.</summary>
    public void LoggedWeekdays(Guid userId, DateTime first, DateTime last, SignalKind kind = SignalKind.Task)
    {
        var signals = new SignalGateway(Service);
        for (var day = first.Date; day <= last.Date; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                var source = Guid.NewGuid();
                signals.Upsert(new Signal(userId, kind, SignalEvent.Logged, CreditReason.InitiatingUser, day.AddHours(12), SourceTable.Task, source, $"task:{source:D}:logged"));
            }
        }

        new ActivityDayRefresher(Service, new NoTracing(), new AdoptionPlugins.Adoption.FixedClock(Org.Clock.UtcNow)).Refresh([userId], new LocalDayRange(first, last));
    }

    /// <summary>Moves the clock to 06:00 UTC of <paramref name="day"/>, when the daily flow runs.</summary>
    public void MoveTo(DateTime day)
    {
        var target = day.Date.AddHours(6);
        if (target > Org.Clock.UtcNow)
        {
            Org.Clock.Advance(target - Org.Clock.UtcNow);
        }
    }

    /// <summary>Does what the Recurrence flow does: calls adopt_EvaluateAdoption with each NextCursor until HasMore is false.</summary>
    public EvaluationCall Evaluate(bool? dryRun = null, int? pageSize = null, Guid? userId = null, Guid? teamId = null)
    {
        var pages = new List<OrganizationResponse>();
        string? cursor = null;
        do
        {
            pages.Add(Page(cursor, dryRun, pageSize, userId, teamId));
            cursor = (string)pages[^1][EvaluateAdoptionMessage.NextCursor];
        }
        while ((bool)pages[^1][EvaluateAdoptionMessage.HasMore]);

        return new EvaluationCall(pages);
    }

    /// <summary>One call of adopt_EvaluateAdoption, as one iteration of the flow's loop makes it.</summary>
    public OrganizationResponse Page(string? cursor, bool? dryRun = null, int? pageSize = null, Guid? userId = null, Guid? teamId = null)
    {
        var request = new OrganizationRequest(EvaluateAdoptionMessage.UniqueName);
        Optional(request, EvaluateAdoptionMessage.Cursor, cursor);
        Optional(request, EvaluateAdoptionMessage.DryRun, dryRun);
        Optional(request, EvaluateAdoptionMessage.PageSize, pageSize);
        Optional(request, EvaluateAdoptionMessage.UserId, userId);
        Optional(request, EvaluateAdoptionMessage.TeamId, teamId);
        return Service.Execute(request);
    }

    /// <summary>Evaluates every day from the clock's day to <paramref name="last"/>, as the daily flow would.</summary>
    public void EvaluateDaily(DateTime last, bool? dryRun = null)
    {
        for (var day = Today; day <= last.Date; day = day.AddDays(1))
        {
            MoveTo(day);
            Evaluate(dryRun);
        }
    }

    /// <summary>What an administrator sets after install: sending on, from a queue named by the sender variable.</summary>
    public Guid TurnSendingOn(string queueName = "CRM Adoption")
    {
        var queue = Service.Create(new Entity(Queues.EntityName) { [Queues.Name] = queueName, [Queues.EmailAddress] = "adoption@contoso.test" });
        SetVariable(EnvironmentVariables.SendingEnabled, "no", "yes");
        SetVariable(EnvironmentVariables.SenderQueue, null, queueName);
        return queue;
    }

    /// <summary>An environment variable as the solution ships it (its default) with the environment's value, when given.</summary>
    public void SetVariable(string schemaName, string? defaultValue, string? value)
    {
        var definition = Service.Create(new Entity(EnvironmentVariables.DefinitionEntityName)
        {
            [EnvironmentVariables.SchemaName] = schemaName,
            [EnvironmentVariables.DefaultValue] = defaultValue,
        });
        if (value is not null)
        {
            Service.Create(new Entity(EnvironmentVariables.ValueEntityName)
            {
                [EnvironmentVariables.SchemaName] = schemaName,
                [EnvironmentVariables.Value] = value,
                [EnvironmentVariables.DefinitionId] = new EntityReference(EnvironmentVariables.DefinitionEntityName, definition),
            });
        }
    }

    /// <summary>Saves one settings row as an administrator would, through the validation step.</summary>
    public Guid Setting(string name, string value) =>
        Service.Create(new Entity(AdoptionSetting.EntityName) { [AdoptionSetting.Name] = name, [AdoptionSetting.Value] = value });

    public Guid LeaveFor(Guid userId, DateTime first, DateTime last) => Service.Create(new Entity(Schema.LeavePeriod.EntityName)
    {
        [Schema.LeavePeriod.Name] = "Holiday",
        [Schema.LeavePeriod.UserId] = new EntityReference(SystemUser.EntityName, userId),
        [Schema.LeavePeriod.StartDate] = first.Date,
        [Schema.LeavePeriod.EndDate] = last.Date,
    });

    public IReadOnlyList<Entity> Rows(string table) =>
        Service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    /// <summary>The message log rows for one recipient.</summary>
    public IReadOnlyList<Entity> NudgesFor(Guid recipientId) =>
        Rows(Nudge.EntityName).Where(row => row.GetAttributeValue<EntityReference>(Nudge.RecipientId)?.Id == recipientId).ToList();

    /// <summary>The in-app notifications a user has.</summary>
    public IReadOnlyList<Entity> NotificationsOf(Guid userId) =>
        Rows("appnotification").Where(row => row.GetAttributeValue<EntityReference>("ownerid")?.Id == userId).ToList();

    /// <summary>The users whose profile carries a verdict; the capture roll-up creates profiles too, without one.</summary>
    public IEnumerable<Guid> EvaluatedUsers() =>
        Rows(Schema.AdoptionProfile.EntityName).Where(row => row.Contains(Schema.AdoptionProfile.EvaluatedOn)).Select(row => row.GetAttributeValue<EntityReference>(Schema.AdoptionProfile.UserId).Id);

    public Entity ProfileOf(Guid userId) => Service.Retrieve(Schema.AdoptionProfile.EntityName, ProfileGateway.IdOf(userId), new ColumnSet(true));

    public static int Choice(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column).Value;

    public static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose() => Org.Dispose();

    private static void Optional(OrganizationRequest request, string name, object? value)
    {
        if (value is not null)
        {
            request[name] = value;
        }
    }

    private sealed class NoTracing : ITracingService
    {
        public void Trace(string format, params object[] args)
        {
        }
    }
}
