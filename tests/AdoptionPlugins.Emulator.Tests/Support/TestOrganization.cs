using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Service;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>A fresh emulated organization per test: standard tables plus the usage table, a fixed clock and one licensed user.</summary>
public sealed class TestOrganization : IDisposable
{
    public TestOrganization(TimeSpan? keyActivationDelay = null)
    {
        var catalog = MetadataCatalog.CreateStandard();
        catalog.Add(TestTables.UsageTable());
        Database = new InMemoryDatabase(catalog, Clock, new EmulatorOptions { KeyActivationDelay = keyActivationDelay ?? TimeSpan.Zero });
        var system = new EmulatedOrganizationService(Database, Database.SystemUserId);
        UserId = system.Create(A.User(Database.RootBusinessUnitId).Build());
        Service = new EmulatedOrganizationService(Database, UserId);
    }

    public FixedClock Clock { get; } = new();

    public InMemoryDatabase Database { get; }

    public Guid UserId { get; }

    public EntityReference User => new("systemuser", UserId);

    public IOrganizationService Service { get; }

    public IOrganizationService ServiceFor(Guid callerId) => new EmulatedOrganizationService(Database, callerId);

    public Guid CreateUser(Guid? managerId = null) =>
        Service.Create(A.User(Database.RootBusinessUnitId).ManagedBy(managerId).Build());

    public EntityReference CreateQueue(string name = "Adoption nudges") =>
        new("queue", Service.Create(new Entity("queue") { ["name"] = name, ["emailaddress"] = "adoption@contoso.test" }));

    // Every user has a usersettings row from the moment it is created; a time zone is changed with an Update.
    public void SetTimeZone(Guid userId, int timeZoneCode) =>
        Service.Update(new Entity("usersettings", userId) { ["timezonecode"] = timeZoneCode });

    public void Dispose() => Database.Dispose();
}
