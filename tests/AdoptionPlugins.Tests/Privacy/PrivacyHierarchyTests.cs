using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Testing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Tests.Privacy;

/// <summary>
/// The README's privacy-mode setup, with the shipped roles: manager hierarchy security on, and the per-person tables excluded
/// from it, so a manager reads no report's profile (nor, by the same setting, their activity days, signals or messages), only their own.
/// </summary>
public sealed class PrivacyHierarchyTests
{
    // The tables README's "Deploy to your environment" names for exclusion in privacy mode.
    private static readonly HashSet<string> PerPersonTables =
        [AdoptionProfile.EntityName, ActivityDay.EntityName, ActivitySignal.EntityName, Nudge.EntityName];

    [Fact]
    public void HierarchySecurityAlone_LetsAManagerReadTheirReportsProfile()
    {
        using var org = Shipped(new HashSet<string>());
        var (manager, rep) = ManagerAndRep(org);

        var visible = ProfileOwners(org, manager);

        Assert.Equal(new[] { manager, rep }.OrderBy(id => id), visible.OrderBy(id => id));
    }

    [Fact]
    public void PerPersonTablesExcludedFromTheHierarchy_ManagerReadsOnlyTheirOwnProfile()
    {
        using var org = Shipped(PerPersonTables);
        var (manager, _) = ManagerAndRep(org);

        var visible = ProfileOwners(org, manager);

        Assert.Equal([manager], visible);
    }

    private static EmulatedOrganization Shipped(HashSet<string> excluded) => EmulatedOrganization.FromSolution(
        RepositoryFolders.InRepository("solution"),
        new EmulatedOrganizationOptions
        {
            PluginAssemblies = [typeof(PluginEntryPoint).Assembly],
            Store = EmulatorOptions.Default with { Security = new SecurityOptions { ManagerHierarchyDepth = 3, TablesExcludedFromHierarchy = excluded } },
        });

    private static (Guid Manager, Guid Rep) ManagerAndRep(EmulatedOrganization org)
    {
        var manager = Person(org, "Manager", "Adoption Sales Manager", null);
        return (manager, Person(org, "Rep", "Adoption User", manager));
    }

    private static Guid Person(EmulatedOrganization org, string name, string role, Guid? manager)
    {
        var id = org.CreateUser(name, manager, role: org.Database.Security.Roles.Single(candidate => candidate.Name == role));
        var user = new EntityReference(SystemUser.EntityName, id);
        org.SystemService.Create(new Entity(AdoptionProfile.EntityName, ProfileGateway.IdOf(id)) { [AdoptionProfile.Name] = name, [AdoptionProfile.UserId] = user, [AdoptionProfile.OwnerId] = user });
        return id;
    }

    private static List<Guid> ProfileOwners(EmulatedOrganization org, Guid reader) =>
        [.. org.ServiceFor(reader).RetrieveMultiple(new QueryExpression(AdoptionProfile.EntityName) { ColumnSet = new ColumnSet(AdoptionProfile.UserId) })
            .Entities.Select(row => row.GetAttributeValue<EntityReference>(AdoptionProfile.UserId).Id)];
}
