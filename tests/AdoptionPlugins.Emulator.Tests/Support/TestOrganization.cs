using System;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.Support;

/// <summary>
/// A fresh emulated organization per test: standard tables plus the usage and score tables, a fixed clock and one licensed user.
/// Its users are System Administrators, so tests of other behaviour are not about privileges; security tests make their own.
/// </summary>
public sealed class TestOrganization : IDisposable
{
    public TestOrganization(TimeSpan? keyActivationDelay = null, SecurityOptions? security = null)
    {
        var catalog = MetadataCatalog.CreateStandard();
        catalog.Add(TestTables.UsageTable());
        catalog.Add(TestTables.ScoreTable());
        Database = new InMemoryDatabase(catalog, Clock, new EmulatorOptions
        {
            KeyActivationDelay = keyActivationDelay ?? TimeSpan.Zero,
            Security = security ?? SecurityOptions.Default,
        });
        SystemService = new EmulatedOrganizationService(Database, Database.SystemUserId);
        UserId = SystemService.Create(A.User(Database.RootBusinessUnitId).Build());
        Database.Security.AssignRole(UserId, BuiltInRoles.SystemAdministrator.Id);
        Service = new EmulatedOrganizationService(Database, UserId);
    }

    public FixedClock Clock { get; } = new();

    public InMemoryDatabase Database { get; }

    public Guid UserId { get; }

    public EntityReference User => new("systemuser", UserId);

    public IOrganizationService Service { get; }

    public IOrganizationService SystemService { get; }

    public IOrganizationService ServiceFor(Guid callerId) => new EmulatedOrganizationService(Database, callerId);

    public Guid CreateUser(Guid? managerId = null)
    {
        var id = Service.Create(A.User(Database.RootBusinessUnitId).ManagedBy(managerId).Build());
        Database.Security.AssignRole(id, BuiltInRoles.SystemAdministrator.Id);
        return id;
    }

    /// <summary>A business unit under <paramref name="parentId"/>, or under the root one.</summary>
    public Guid CreateBusinessUnit(string name, Guid? parentId = null) => SystemService.Create(new Entity("businessunit")
    {
        ["name"] = name,
        ["parentbusinessunitid"] = new EntityReference("businessunit", parentId ?? Database.RootBusinessUnitId),
    });

    /// <summary>A user holding only <paramref name="role"/> (none when null), in the root business unit unless one is given.</summary>
    public Guid CreateUserWith(SecurityRole? role, Guid? businessUnitId = null, Guid? managerId = null)
    {
        var id = SystemService.Create(A.User(businessUnitId ?? Database.RootBusinessUnitId).ManagedBy(managerId).Build());
        if (role is not null)
        {
            Grant(id, role);
        }

        return id;
    }

    /// <summary>Adds the role to the organization the first time, then gives it to the user.</summary>
    public void Grant(Guid userId, SecurityRole role)
    {
        AddOnce(role);
        Database.Security.AssignRole(userId, role.Id);
    }

    /// <summary>Adds the role to the organization the first time, then gives it to an owner team.</summary>
    public void GrantTeam(Guid teamId, SecurityRole role)
    {
        AddOnce(role);
        Database.Security.AssignTeamRole(teamId, role.Id);
    }

    /// <summary>A team (teamtype 0 Owner, 1 Access) in a business unit, with the given members.</summary>
    public Guid CreateTeam(Guid businessUnitId, int teamType = 0, params Guid[] members)
    {
        var id = SystemService.Create(new Entity("team")
        {
            ["name"] = $"Team {Guid.NewGuid():N}",
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId),
            ["teamtype"] = new OptionSetValue(teamType),
        });
        foreach (var member in members)
        {
            Database.Security.AddTeamMember(id, member);
        }

        return id;
    }

    /// <summary>A task with the given subject owned by a user or team, created as SYSTEM.</summary>
    public Guid CreateTaskOwnedBy(Guid ownerId, string subject, string ownerTable = "systemuser") =>
        SystemService.Create(A.Task().WithSubject(subject).With("ownerid", new EntityReference(ownerTable, ownerId)).Build());

    public EntityReference CreateQueue(string name = "Adoption nudges") =>
        new("queue", Service.Create(new Entity("queue") { ["name"] = name, ["emailaddress"] = "adoption@contoso.test" }));

    // Every user has a usersettings row from the moment it is created; a time zone is changed with an Update.
    public void SetTimeZone(Guid userId, int timeZoneCode) =>
        Service.Update(new Entity("usersettings", userId) { ["timezonecode"] = timeZoneCode });

    public void Dispose() => Database.Dispose();

    private void AddOnce(SecurityRole role)
    {
        if (!Database.Security.Roles.Contains(role))
        {
            Database.Security.AddRole(role);
        }
    }
}
