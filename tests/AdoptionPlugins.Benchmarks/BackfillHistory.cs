using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.Registrations;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Benchmarks;

/// <summary>
/// An organization with weeks of history from before the product was installed, and the backfill that rebuilds it: the reconcile
/// custom API called page after page, as the flow does, with every request costing <see cref="RequestDuration"/> of emulated time.
/// </summary>
public sealed class BackfillHistory : IDisposable
{
    /// <summary>What one Dataverse request is counted as (issue 5, "Performance").</summary>
    public static readonly TimeSpan RequestDuration = TimeSpan.FromMilliseconds(20);

    private static readonly DateTime FirstDay = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly int[] TimeZones = [85, 110, 35, 92];

    private readonly EmulatedOrganization _organization;
    private readonly Guid _administrator;
    private readonly int _days;

    private BackfillHistory(EmulatedOrganization organization, Guid administrator, int days, long expectedTotal)
    {
        _organization = organization;
        _administrator = administrator;
        _days = days;
        ExpectedTotal = expectedTotal;
    }

    /// <summary>The signals the history should count: every activity logged, plus the tasks and calls completed.</summary>
    public long ExpectedTotal { get; }

    /// <summary>
    /// Writes <paramref name="activities"/> activities of <paramref name="users"/> people over <paramref name="days"/> days (from noon
    /// UTC, the same local day in London, Berlin and New York),
    /// before the solution's steps exist, then installs them: a third tasks, calls, emails (half of them tracked by server-side
    /// sync), meetings, notes and deals; every other task and call completed the same day.
    /// </summary>
    public static BackfillHistory Seed(int activities, int users, int days = 30)
    {
        var solution = RepositoryFolders.InRepository("solution");
        var organization = new EmulatedOrganization(new EmulatedOrganizationOptions
        {
            Catalog = MetadataCatalog.CreateFromSolution(solution),
            PluginAssemblies = [typeof(PluginEntryPoint).Assembly],
            StartTime = FirstDay,
            RequestDuration = RequestDuration,
            TraceCapacity = 100,
            // The backfill is measured in requests; checking the seeding's privileges would only slow it down.
            Store = new EmulatorOptions { Security = new SecurityOptions { Enforce = false } },
        });
        var people = Enumerable.Range(0, users).Select(index => CreateUser(organization, $"Person {index}", TimeZones[index % TimeZones.Length])).ToArray();
        var administrator = CreateUser(organization, "Ada Admin", 85);
        var services = people.Select(organization.ServiceFor).ToArray();
        var sync = new ServerSideSync(organization.Database, organization.ServiceFor);
        long expected = 0;
        var perDay = activities / days;
        for (var day = 0; day < days; day++)
        {
            MoveTo(organization, FirstDay.AddDays(day).AddHours(12));
            for (var number = day * perDay; number < (day + 1) * perDay; number++)
            {
                expected += Write(services[number % users], sync, people[number % users], number);
            }
        }

        organization.Plugins.AddSolution(SolutionRegistrations.Read(solution));
        return new BackfillHistory(organization, administrator, days, expected);
    }

    /// <summary>Reconciles every user over the history's days with the API's default page size, page after page.</summary>
    public BackfillFigures Backfill()
    {
        var caller = _organization.ServiceFor(_administrator);
        var pageTimes = new List<TimeSpan>();
        long signals = 0, days = 0;
        string? cursor = null;
        do
        {
            var request = new OrganizationRequest(ReconcileActivityMessage.UniqueName)
            {
                [ReconcileActivityMessage.FromDate] = DateTime.SpecifyKind(FirstDay.Date, DateTimeKind.Unspecified),
                [ReconcileActivityMessage.ToDate] = DateTime.SpecifyKind(FirstDay.Date.AddDays(_days - 1), DateTimeKind.Unspecified),
            };
            if (cursor is not null)
            {
                request[ReconcileActivityMessage.Cursor] = cursor;
            }

            var started = _organization.Clock.UtcNow;
            var response = caller.Execute(request);
            pageTimes.Add(_organization.Clock.UtcNow - started);
            signals += (int)response[ReconcileActivityMessage.SignalsWritten];
            days += (int)response[ReconcileActivityMessage.DaysWritten];
            cursor = response[ReconcileActivityMessage.HasMore] is true ? (string)response[ReconcileActivityMessage.NextCursor] : null;
        }
        while (cursor is not null);

        var query = new QueryExpression(ActivityDay.EntityName) { ColumnSet = new ColumnSet(ActivityDay.TotalCount) };
        query.AddOrder(ActivityDay.PrimaryId, OrderType.Ascending);
        var counted = QueryPaging.All(_organization.SystemService, query).Sum(row => (long)row.GetAttributeValue<int>(ActivityDay.TotalCount));
        return new BackfillFigures(pageTimes, RequestDuration, signals, days, counted, ExpectedTotal);
    }

    public void Dispose() => _organization.Dispose();

    private static long Write(IOrganizationService service, ServerSideSync sync, Guid user, int number)
    {
        var subject = $"History item {number}";
        switch (number % 20)
        {
            case < 7:
                return Completed(service, Activity.Task, service.Create(new Entity(Activity.Task) { ["subject"] = subject }), number, 5);
            case < 11:
                return Completed(service, Activity.PhoneCall, service.Create(new Entity(Activity.PhoneCall) { ["subject"] = subject }), number, 2);
            case < 13:
                sync.TrackIncomingEmail(user, new Entity(Activity.Email) { ["subject"] = subject });
                return 1;
            case < 15:
                service.Create(new Entity(Activity.Email) { ["subject"] = subject });
                return 1;
            case < 17:
                service.Create(new Entity(Activity.Appointment) { ["subject"] = subject });
                return 1;
            case < 19:
                service.Create(new Entity(Annotation.EntityName) { ["subject"] = subject });
                return 1;
            default:
                service.Create(new Entity(Opportunity.EntityName) { ["name"] = subject });
                return 1;
        }
    }

    private static long Completed(IOrganizationService service, string table, Guid id, int number, int status)
    {
        if (number % 2 == 1)
        {
            return 1;
        }

        service.Update(new Entity(table, id) { [RecordColumns.StateCode] = new OptionSetValue(Activity.StateCompleted), [RecordColumns.StatusCode] = new OptionSetValue(status) });
        return 2;
    }

    private static Guid CreateUser(EmulatedOrganization organization, string name, int timeZoneCode)
    {
        var id = organization.SystemService.Create(new Entity(SystemUser.EntityName)
        {
            ["lastname"] = name,
            ["domainname"] = $"{Guid.NewGuid():N}@contoso.test",
            ["businessunitid"] = new EntityReference("businessunit", organization.RootBusinessUnitId),
            [SystemUser.IsLicensed] = true,
        });
        organization.SystemService.Update(new Entity(UserSettings.EntityName, id) { [UserSettings.TimeZoneCode] = timeZoneCode });
        return id;
    }

    private static void MoveTo(EmulatedOrganization organization, DateTime utc)
    {
        if (utc > organization.Clock.UtcNow)
        {
            organization.Clock.Advance(utc - organization.Clock.UtcNow);
        }
    }
}
