using System.Linq;
using AdoptionPlugins.Emulator;
using AdoptionPlugins.Plugins;
using AdoptionPlugins.Testing;
using Xunit;

namespace AdoptionPlugins.Tests.Repository;

/// <summary>An organization built from the shipped solution/ holds what importing it would bring: its tables, steps and roles.</summary>
public sealed class ShippedOrganizationTests
{
    [Fact]
    public void ShippedSolution_BringsItsRolesIntoTheOrganization()
    {
        using var org = EmulatedOrganization.FromSolution(RepositoryFolders.InRepository("solution"), typeof(PluginEntryPoint).Assembly);

        var names = org.Database.Security.Roles.Select(role => role.Name).ToList();

        Assert.Contains("Adoption Sales Manager", names);
    }
}
