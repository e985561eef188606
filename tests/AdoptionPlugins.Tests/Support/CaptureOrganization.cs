using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;

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
        SystemService = ServiceFor(Database.SystemUserId);
    }

    public static DateTime Start { get; } = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    public SettableClock Clock { get; } = new(Start);

    public InMemoryDatabase Database { get; }

    /// <summary>Acts as SYSTEM, as plugins do with CreateOrganizationService(null) (dataverse-facts 1.5).</summary>
    public IOrganizationService SystemService { get; }

    public IOrganizationService ServiceFor(Guid userId) => new EmulatedOrganizationService(Database, userId);

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
        SystemService.Create(new Entity(UserSettings.EntityName) { [UserSettings.SystemUserId] = id, [UserSettings.TimeZoneCode] = timeZoneCode });
        return id;
    }

    public void Dispose() => Database.Dispose();
}
