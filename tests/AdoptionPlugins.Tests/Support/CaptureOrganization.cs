using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Tests.Support;

/// <summary>A fresh emulated organization per test with the capture tables, a settable clock and helpers to add people.</summary>
public sealed class CaptureOrganization : IDisposable
{
    public const int LondonTimeZone = 85;
    public const int BerlinTimeZone = 110;
    public const int NewYorkTimeZone = 35;

    public CaptureOrganization()
    {
        Database = new InMemoryDatabase(TemporaryCaptureCatalog.Create(), Clock);
        Database.Security.AddRole(Salesperson);
        SystemService = ServiceFor(Database.SystemUserId);
    }

    /// <summary>What a sales team's members hold: their business unit's activities, notes and opportunities, so an assistant can log for an executive.</summary>
    public static SecurityRole Salesperson { get; } = new()
    {
        Id = new Guid("5a1e5d0e-0000-4000-8000-000000000001"),
        Name = "Salesperson",
        Privileges =
        [
            .. PrivilegeNames.Grant("task", PrivilegeDepth.Local, AllRights),
            .. PrivilegeNames.Grant("annotation", PrivilegeDepth.Local, AllRights),
            .. PrivilegeNames.Grant("opportunity", PrivilegeDepth.Local, AllRights),
            .. PrivilegeNames.Grant("systemuser", PrivilegeDepth.Global, AccessRight.Read),
        ],
    };

    private static AccessRight[] AllRights =>
        [AccessRight.Create, AccessRight.Read, AccessRight.Write, AccessRight.Delete, AccessRight.Append, AccessRight.AppendTo, AccessRight.Assign];

    public static DateTime Start { get; } = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    public SettableClock Clock { get; } = new(Start);

    public InMemoryDatabase Database { get; }

    /// <summary>Acts as SYSTEM, as plugins do with CreateOrganizationService(null) (dataverse-facts 1.5).</summary>
    public IOrganizationService SystemService { get; }

    /// <summary>November 2026, the month the tests' activity happens in.</summary>
    public static LocalDayRange November { get; } = new(new DateTime(2026, 11, 1), new DateTime(2026, 11, 30));

    /// <summary>Wraps the services plugins get from the factory, for example to count their requests.</summary>
    public Func<IOrganizationService, IOrganizationService> WrapPluginServices { get; set; } = service => service;

    public IOrganizationService ServiceFor(Guid userId) => new EmulatedOrganizationService(Database, userId);

    /// <summary>Rolls these users' signals up into activity days for November, as the daily evaluation will.</summary>
    public int RefreshDays(params Guid[] userIds) => new ActivityDayRefresher(SystemService, new NullTracing()).Refresh(userIds, November);

    public IReadOnlyList<Entity> Rows(string table) =>
        SystemService.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    /// <summary>The user's stored activity days, by day.</summary>
    public IReadOnlyList<Entity> ActivityDaysOf(Guid userId) => Rows(Schema.ActivityDay.EntityName)
        .Where(row => row.GetAttributeValue<EntityReference>(Schema.ActivityDay.UserId).Id == userId)
        .OrderBy(row => row.GetAttributeValue<DateTime>(Schema.ActivityDay.Day))
        .ToList();

    public void DeleteAll(string table)
    {
        foreach (var row in Rows(table))
        {
            SystemService.Delete(table, row.Id);
        }
    }

    /// <summary>A licensed, enabled, interactive user with a usersettings row in the given time zone.</summary>
    public Guid CreateUser(string fullName, int timeZoneCode = LondonTimeZone, Action<Entity>? adjust = null)
    {
        var user = new Entity(SystemUser.EntityName)
        {
            [SystemUser.FullName] = fullName,
            ["domainname"] = $"{Guid.NewGuid():N}@contoso.test",
            ["businessunitid"] = new EntityReference("businessunit", Database.RootBusinessUnitId),
            [SystemUser.IsLicensed] = true,
        };
        adjust?.Invoke(user);
        var id = SystemService.Create(user);
        Database.Security.AssignRole(id, Salesperson.Id);
        SystemService.Update(new Entity(UserSettings.EntityName, id) { [UserSettings.TimeZoneCode] = timeZoneCode });
        return id;
    }

    public void Dispose() => Database.Dispose();

    private sealed class NullTracing : ITracingService
    {
        public void Trace(string format, params object[] args)
        {
        }
    }
}
