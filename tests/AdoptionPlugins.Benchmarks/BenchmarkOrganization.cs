using System;
using System.Collections.Generic;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Service;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Benchmarks;

/// <summary>An emulated organization with a given number of users, for benchmarks.</summary>
public sealed class BenchmarkOrganization : IDisposable
{
    public BenchmarkOrganization(int users)
    {
        Database = new InMemoryDatabase(MetadataCatalog.CreateStandard(), SystemEmulatorClock.Instance);
        System = new EmulatedOrganizationService(Database, Database.SystemUserId);
        for (var index = 0; index < users; index++)
        {
            UserIds.Add(System.Create(new Entity("systemuser")
            {
                ["domainname"] = $"user{index}@contoso.test",
                ["lastname"] = $"User {index}",
                ["businessunitid"] = new EntityReference("businessunit", Database.RootBusinessUnitId),
                ["islicensed"] = true,
            }));

            // Benchmarks measure storage and queries, not privilege checks.
            Database.Security.AssignRole(UserIds[^1], BuiltInRoles.SystemAdministrator.Id);
        }
    }

    public InMemoryDatabase Database { get; }

    public IOrganizationService System { get; }

    public List<Guid> UserIds { get; } = [];

    public static Entity Task(Guid ownerId, int number) => new("task")
    {
        ["subject"] = $"Follow up #{number}",
        ["ownerid"] = new EntityReference("systemuser", ownerId),
        ["actualdurationminutes"] = 15,
    };

    public void Dispose() => Database.Dispose();
}
