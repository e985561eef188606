using System;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Testing;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Metadata;

/// <summary>A fresh emulated organization per test whose custom tables are read from the committed <c>solution/</c>, with one licensed System Administrator.</summary>
public sealed class SolutionOrganization : IDisposable
{
    public SolutionOrganization()
    {
        Database = new InMemoryDatabase(MetadataCatalog.CreateFromSolution(RepositoryFolders.InRepository("solution")), new FixedClock());
        UserId = new EmulatedOrganizationService(Database, Database.SystemUserId).Create(A.User(Database.RootBusinessUnitId).Build());
        Database.Security.AssignRole(UserId, BuiltInRoles.SystemAdministrator.Id);
        Service = new EmulatedOrganizationService(Database, UserId);
    }

    public InMemoryDatabase Database { get; }

    public Guid UserId { get; }

    public EntityReference User => new("systemuser", UserId);

    public IOrganizationService Service { get; }

    public void Dispose() => Database.Dispose();
}
