using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Emulator.Pipeline;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Tests.Support;

/// <summary>
/// A fresh emulated organization per test, built from our solution/: its tables, capture steps and reconcile API run through the
/// emulator's pipeline and async service. People are added with the roles they would hold; the clock only moves forward.
/// </summary>
public sealed class CaptureOrganization : IDisposable
{
    public const int LondonTimeZone = 85;
    public const int BerlinTimeZone = 110;
    public const int NewYorkTimeZone = 35;

    /// <param name="requestDuration">Emulated time each request takes, so a test can read how many requests something made.</param>
    public CaptureOrganization(TimeSpan? requestDuration = null)
    {
        Organization = new EmulatedOrganization(SolutionUnderTest.Options(Start, requestDuration ?? TimeSpan.Zero));
        Organization.Database.Security.AddRole(SalesRoles.Salesperson);
    }

    /// <summary>08:00 UTC on the Wednesday the tests' work happens.</summary>
    public static DateTime Start { get; } = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>November 2026, the month the tests' activity happens in.</summary>
    public static LocalDayRange November { get; } = new(new DateTime(2026, 11, 1), new DateTime(2026, 11, 30));

    public EmulatedOrganization Organization { get; }

    public SimulatedClock Clock => Organization.Clock;

    public Guid SystemUserId => Organization.SystemUserId;

    /// <summary>Acts as SYSTEM, as plugins do with CreateOrganizationService(null) (dataverse-facts 1.5).</summary>
    public IOrganizationService SystemService => Organization.SystemService;

    /// <summary>A person's own service, as their browser or Outlook would call.</summary>
    public IOrganizationService ServiceFor(Guid userId) => Organization.ServiceFor(userId);

    /// <summary>Moves the clock forward to <paramref name="utc"/>.</summary>
    public void At(DateTime utc)
    {
        var by = utc - Clock.UtcNow;
        Clock.Advance(by >= TimeSpan.Zero ? by : throw new ArgumentOutOfRangeException(nameof(utc), utc, $"The clock is already at {Clock.UtcNow:u}."));
    }

    /// <summary>Runs the queued capture jobs, and any they queue, as the async service would.</summary>
    public AsyncRunResult RunCaptureJobs(AsyncRunOptions? options = null) => Organization.AsyncJobs.RunUntilIdle(options);

    /// <summary>Runs <paramref name="requests"/> with our steps disabled, as if they were bypassed or switched off.</summary>
    public void WithoutCapture(Action requests)
    {
        var ours = Organization.Plugins.Steps.Where(step => step.PluginTypeName is { } type && type.StartsWith(typeof(PluginEntryPoint).Namespace + ".", StringComparison.Ordinal)).ToList();
        ours.ForEach(step => Organization.Plugins.Disable(step.Id));
        try
        {
            requests();
        }
        finally
        {
            ours.ForEach(step => Organization.Plugins.Enable(step.Id));
        }
    }

    /// <summary>Rolls these users' signals up into activity days and profiles for November, as the daily evaluation will.</summary>
    public int RefreshDays(params Guid[] userIds) =>
        new ActivityDayRefresher(SystemService, new TraceLines(), new FixedClock(Clock.UtcNow)).Refresh(userIds, November);

    public IReadOnlyList<Entity> Rows(string table) =>
        SystemService.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    /// <summary>The user's stored activity days, by day.</summary>
    public IReadOnlyList<Entity> ActivityDaysOf(Guid userId) => Rows(ActivityDay.EntityName)
        .Where(row => row.GetAttributeValue<EntityReference>(ActivityDay.UserId).Id == userId)
        .OrderBy(row => row.GetAttributeValue<DateTime>(ActivityDay.Day))
        .ToList();

    /// <summary>The user's adoption profile, or null when none was created.</summary>
    public Entity? ProfileOf(Guid userId) => Rows(AdoptionProfile.EntityName)
        .SingleOrDefault(row => row.GetAttributeValue<EntityReference>(AdoptionProfile.UserId).Id == userId);

    public void DeleteAll(string table)
    {
        foreach (var row in Rows(table))
        {
            SystemService.Delete(table, row.Id);
        }
    }

    /// <summary>A licensed, enabled, interactive Salesperson in the given time zone, named "First Last".</summary>
    public Guid CreateUser(string fullName, int timeZoneCode = LondonTimeZone, Action<Entity>? adjust = null, SecurityRole? role = null)
    {
        var names = fullName.Split(' ', 2);
        var user = new Entity(SystemUser.EntityName)
        {
            ["firstname"] = names.Length == 2 ? names[0] : null,
            ["lastname"] = names[^1],
            ["domainname"] = $"{Guid.NewGuid():N}@contoso.test",
            ["businessunitid"] = new EntityReference("businessunit", Organization.RootBusinessUnitId),
            [SystemUser.IsLicensed] = true,
        };
        adjust?.Invoke(user);
        var id = SystemService.Create(user);
        Organization.Database.Security.AssignRole(id, (role ?? SalesRoles.Salesperson).Id);
        SystemService.Update(new Entity(UserSettings.EntityName, id) { [UserSettings.TimeZoneCode] = timeZoneCode });
        return id;
    }

    /// <summary>An integration's application user (no license, an Entra application id) with System Administrator, as integrations get.</summary>
    public Guid CreateIntegration(string name) =>
        CreateUser(name, adjust: user => (user[SystemUser.ApplicationId], user[SystemUser.IsLicensed]) = (Guid.NewGuid(), false), role: BuiltInRoles.SystemAdministrator);

    /// <summary>A CRM administrator: a person with System Administrator, who may rebuild everyone's activity days.</summary>
    public Guid CreateAdministrator(string name) => CreateUser(name, role: BuiltInRoles.SystemAdministrator);

    public void Dispose() => Organization.Dispose();
}
