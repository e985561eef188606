using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// Organization-owned tables are all or nothing; business-owned tables (users, teams, units) are scoped by business unit.
public sealed class OwnershipTypeTests
{
    private const string Setting = "new_setting";

    [Fact]
    public void OrganizationOwnedTable_AnyReadDepthReadsEveryRow()
    {
        using var org = new TestOrganization();
        AddSettingTable(org);
        org.SystemService.Create(new Entity(Setting) { ["new_name"] = "nudge after 7 days" });
        var readerId = org.CreateUserWith(A.Role().Granting(Setting, PrivilegeDepth.Basic, AccessRight.Read).Build());

        var settings = org.ServiceFor(readerId).RetrieveMultiple(new QueryExpression(Setting) { ColumnSet = new ColumnSet("new_name") });

        Assert.Equal("nudge after 7 days", Assert.Single(settings.Entities)["new_name"]);
    }

    [Fact]
    public void OrganizationOwnedTable_WithoutReadPrivilege_FaultsNamingTheTable()
    {
        using var org = new TestOrganization();
        AddSettingTable(org);
        var readerId = org.CreateUserWith(A.Role().Granting("task", PrivilegeDepth.Global, AccessRight.Read).Build());

        var fault = FaultAssert.Throws(ErrorCodes.PrivilegeDenied, () => org.ServiceFor(readerId).RetrieveMultiple(new QueryExpression(Setting)));

        Assert.Contains($"is missing prvRead{Setting} privilege", fault.Message, StringComparison.Ordinal);
        Assert.Contains($"for entity '{Setting}'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalUserReader_ReadsTheUsersOfTheirBusinessUnitOnly()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("systemuser", PrivilegeDepth.Local, AccessRight.Read).Build());

        var users = tree.AsReader.RetrieveMultiple(new QueryExpression("systemuser")).Entities.Select(e => e.Id).Order();

        Assert.Equal(new[] { tree.Reader, tree.Colleague }.Order(), users);
    }

    [Fact]
    public void BasicUserReader_ReadsOnlyTheirOwnUserRow()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("systemuser", PrivilegeDepth.Basic, AccessRight.Read).Build());

        var users = tree.AsReader.RetrieveMultiple(new QueryExpression("systemuser")).Entities;

        Assert.Equal(tree.Reader, Assert.Single(users).Id);
    }

    [Fact]
    public void DeepUnitReader_ReadsTheirUnitAndTheUnitsBelowIt()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, A.Role().Granting("businessunit", PrivilegeDepth.Deep, AccessRight.Read).Build());

        var units = tree.AsReader.RetrieveMultiple(new QueryExpression("businessunit") { ColumnSet = new ColumnSet("name") }).Entities;

        Assert.Equal(["North", "Sales"], units.Select(u => u.GetAttributeValue<string>("name")).Order(StringComparer.Ordinal));
    }

    private static void AddSettingTable(TestOrganization org) =>
        org.Database.Catalog.Add(new TableMetadata(Setting, "new_settingid", "new_name", OwnershipType.OrganizationOwned, [ColumnMetadata.Text("new_name")]));
}
