using System;
using System.Linq;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Emulator.Tests.Metadata;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Testing;
using AdoptionPlugins.Tooling.FieldSecurity;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Tests.SolutionContent;

/// <summary>
/// A fresh organization per test with the committed solution's tables, roles and field security profiles, manager hierarchy security on (three levels,
/// the platform's default depth) unless a test turns it off, and rows written as SYSTEM the way the plugins write them.
/// </summary>
public sealed class AdoptionOrganization : IDisposable
{
    public AdoptionOrganization(bool hierarchySecurity = true)
    {
        var solution = RepositoryFolders.InRepository("solution");
        Database = new InMemoryDatabase(MetadataCatalog.CreateFromSolution(solution), Clock, new EmulatorOptions
        {
            Security = new SecurityOptions { ManagerHierarchyDepth = hierarchySecurity ? 3 : null },
        });
        Database.Security.LoadRoles(solution);
        Database.Security.LoadFieldSecurityProfiles(solution);
        System = new EmulatedOrganizationService(Database, Database.SystemUserId);
    }

    public FixedClock Clock { get; } = new();

    public DateTime Today => Clock.UtcNow.Date;

    public InMemoryDatabase Database { get; }

    public IOrganizationService System { get; }

    public IOrganizationService As(Guid userId) => new EmulatedOrganizationService(Database, userId);

    /// <summary>A user in the root business unit holding the shipped role of that name, reporting to <paramref name="managerId"/>.</summary>
    public Guid CreateUser(SecurityRole role, Guid? managerId = null)
    {
        ArgumentNullException.ThrowIfNull(role);
        var id = System.Create(A.User(Database.RootBusinessUnitId).ManagedBy(managerId).Build());
        var shipped = Database.Security.Roles.SingleOrDefault(candidate => candidate.Name == role.Name)
            ?? throw new InvalidOperationException($"solution/Roles has no role named {role.Name}; regenerate the solution.");
        Database.Security.AssignRole(id, shipped.Id);
        return id;
    }

    /// <summary>Adds the user to the shipped field security profile of that name, as an administrator does after import.</summary>
    public void GrantProfile(Guid userId, string profileName)
    {
        var shipped = Database.Security.FieldSecurityProfiles.SingleOrDefault(candidate => candidate.Name == profileName)
            ?? throw new InvalidOperationException($"solution/{FieldSecurityProfileXml.RelativePath} has no profile named {profileName}; regenerate the solution.");
        Database.Security.AddFieldSecurityProfileMember(shipped.Id, userId);
    }

    /// <summary>An activity day of <paramref name="userId"/>, owned by them as the roll-up writes it.</summary>
    public Guid CreateDay(Guid userId, DateTime day, int total = 1, string? name = null) =>
        System.Create(ASignal.DayOf(User(userId), day)
            .With("ownerid", User(userId))
            .With("adopt_totalcount", total)
            .With("adopt_name", name ?? $"{userId:N}, {day:yyyy-MM-dd}"));

    /// <summary>The adoption profile of <paramref name="userId"/>, owned by them as the daily evaluation writes it.</summary>
    public Guid CreateProfile(Guid userId, string name, int tier = Profiles.Contributor, int state = Profiles.Active) =>
        System.Create(new Entity("adopt_adoptionprofile")
        {
            ["adopt_name"] = name,
            ["adopt_userid"] = User(userId),
            ["ownerid"] = User(userId),
            ["adopt_tier"] = new OptionSetValue(tier),
            ["adopt_state"] = new OptionSetValue(state),
        });

    /// <summary>A quick win naming <paramref name="userId"/>, owned by them as the daily evaluation writes it.</summary>
    public Guid CreateQuickWin(Guid userId, DateTime day, string name) =>
        System.Create(new Entity("adopt_quickwin")
        {
            ["adopt_name"] = name,
            ["adopt_userid"] = User(userId),
            ["ownerid"] = User(userId),
            ["adopt_day"] = day.Date,
            ["adopt_kind"] = new OptionSetValue(618370001),
        });

    /// <summary>An adoption summary of a group (618370000 organization, 618370001 tier, 618370002 team), owned as the evaluation writes it.</summary>
    public Guid CreateSummary(Guid ownerId, int groupKind, DateTime day, string name, int activePercent = 50) =>
        System.Create(new Entity("adopt_adoptionsummary")
        {
            ["adopt_name"] = name,
            ["adopt_groupkind"] = new OptionSetValue(groupKind),
            ["adopt_day"] = day.Date,
            ["adopt_people"] = 6,
            ["adopt_activepercent"] = activePercent,
            ["ownerid"] = User(ownerId),
        });

    public void Dispose() => Database.Dispose();

    public static EntityReference User(Guid userId) => new("systemuser", userId);
}
