using System;
using System.IO;
using System.Linq;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// Roles come from the built-ins and from a solution's Roles/ folder; each is a role row and can be given to users.
public sealed class RoleCatalogTests
{
    private const string UsageReaderXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <Role id="{8d1c6f2a-3b4e-4c5d-9e6f-7a8b9c0d1e2f}" name="Usage Reader" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <IsCustomizable>1</IsCustomizable>
          <RolePrivileges>
            <RolePrivilege name="prvReadNew_Usage" level="Basic" />
          </RolePrivileges>
        </Role>
        """;

    private static readonly Guid UsageReaderId = new("8d1c6f2a-3b4e-4c5d-9e6f-7a8b9c0d1e2f");

    [Fact]
    public void RoleLoadedFromASolution_GrantsItsPrivilegesWhateverTheirCase()
    {
        using var org = new TestOrganization();
        LoadRoles(org, ("Roles/Usage Reader.xml", UsageReaderXml));
        var readerId = org.CreateUserWith(role: null);
        org.Database.Security.AssignRole(readerId, UsageReaderId);
        org.SystemService.Create(A.Usage().With("ownerid", new EntityReference("systemuser", readerId)).Build());
        org.SystemService.Create(A.Usage().Build());

        var rows = org.ServiceFor(readerId).RetrieveMultiple(new QueryExpression(TestTables.Usage)).Entities;

        Assert.Single(rows);
    }

    [Fact]
    public void BuiltInAndLoadedRoles_AreRoleRowsInTheRootUnit()
    {
        using var org = new TestOrganization();
        LoadRoles(org, ("Roles/Usage Reader.xml", UsageReaderXml));

        var rows = org.Service.RetrieveMultiple(new QueryExpression(StandardSecurityTables.Role) { ColumnSet = new ColumnSet("name", "businessunitid") }).Entities;

        Assert.Equal(["Basic User", "Environment Maker", "System Administrator", "Usage Reader"], rows.Select(r => r.GetAttributeValue<string>("name")).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(org.Database.RootBusinessUnitId, r.GetAttributeValue<EntityReference>("businessunitid").Id));
    }

    [Fact]
    public void RoleAssignment_IsASystemUserRolesRow()
    {
        using var org = new TestOrganization();

        var rows = org.Service.RetrieveMultiple(new QueryExpression(StandardSecurityTables.SystemUserRoles) { ColumnSet = new ColumnSet("systemuserid", "roleid") }).Entities;

        var row = Assert.Single(rows);
        Assert.Equal((org.UserId, BuiltInRoles.SystemAdministrator.Id), (row.GetAttributeValue<Guid>("systemuserid"), row.GetAttributeValue<Guid>("roleid")));
    }

    [Fact]
    public void RoleWithAnIdInUse_IsRefusedNamingBoth()
    {
        using var org = new TestOrganization();

        var error = Assert.Throws<InvalidOperationException>(() => org.Database.Security.AddRole(BuiltInRoles.BasicUser with { Name = "Copy" }));

        Assert.Equal($"A role with id {BuiltInRoles.BasicUser.Id} is already defined ('Basic User'); 'Copy' needs its own id.", error.Message);
    }

    [Fact]
    public void AssigningAnUnknownRole_IsRefused()
    {
        using var org = new TestOrganization();
        var roleId = Guid.NewGuid();

        var error = Assert.Throws<InvalidOperationException>(() => org.Database.Security.AssignRole(org.UserId, roleId));

        Assert.Equal($"No role has id {roleId}; add it with AddRole or LoadRoles first.", error.Message);
    }

    [Fact]
    public void AssigningARoleTwice_IsRefused()
    {
        using var org = new TestOrganization();

        var error = Assert.Throws<InvalidOperationException>(() => org.Database.Security.AssignRole(org.UserId, BuiltInRoles.SystemAdministrator.Id));

        Assert.Contains("already links", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssigningARoleToAnUnknownUser_IsRefused()
    {
        using var org = new TestOrganization();
        var userId = Guid.NewGuid();

        var error = Assert.Throws<InvalidOperationException>(() => org.Database.Security.AssignRole(userId, BuiltInRoles.BasicUser.Id));

        Assert.Equal($"No systemuser has id {userId}.", error.Message);
    }

    [Fact]
    public void BrokenRoleFile_FailsNamingTheFile()
    {
        using var org = new TestOrganization();

        var error = Assert.Throws<InvalidDataException>(() => LoadRoles(org, ("Roles/Broken.xml", UsageReaderXml.Replace("Basic", "User", StringComparison.Ordinal))));

        Assert.StartsWith("Roles/Broken.xml: prvReadNew_Usage has level 'User'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BasicUser_ReadsOwnTasksButNotOthers()
    {
        using var org = new TestOrganization();
        var tree = new SalesTree(org, BuiltInRoles.BasicUser);

        var subjects = tree.AsReader.Subjects(Queries.Tasks());

        Assert.Equal(["mine"], subjects);
    }

    private static void LoadRoles(TestOrganization org, params (string Path, string Xml)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("adoption-emulator-roles-");
        try
        {
            foreach (var (path, xml) in files)
            {
                var full = Path.Combine(folder.FullName, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, xml);
            }

            org.Database.Security.LoadRoles(folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
