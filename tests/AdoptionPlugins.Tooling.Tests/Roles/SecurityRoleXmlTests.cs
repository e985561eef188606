using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Roles;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Roles;

/// <summary>The role reader against the real exports in ../shared/solution-samples and against small files with one thing wrong.</summary>
public class SecurityRoleXmlTests
{
    [Fact]
    public void AutomationKitRoles_ReadEveryPrivilegeOfEveryFile()
    {
        var folder = Path.Combine(RealSamples.AutomationKit, SecurityRoleXml.Folder);
        var expected = Directory.GetFiles(folder, "*.xml").Sum(path => XDocument.Load(path).Descendants("RolePrivilege").Count());

        var roles = SecurityRoleXml.ReadSolution(RealSamples.AutomationKit);

        Assert.Equal(["Automation Schedule User", "Desktop Flows Support Analyst"], roles.Select(role => role.Name));
        Assert.Equal(expected, roles.Sum(role => role.Privileges.Count));
    }

    [Fact]
    public void AutomationScheduleUser_ReadsIdFlagAndLevels()
    {
        var roles = SecurityRoleXml.ReadSolution(RealSamples.AutomationKit);

        var role = roles.Single(candidate => candidate.Name == "Automation Schedule User");

        Assert.Equal((new Guid("06fa925f-bcee-ee11-904b-002248172622"), true), (role.Id, role.IsCustomizable));
        Assert.Equal(PrivilegeDepth.Global, role.DepthOf("prvAppendQueue"));
        Assert.Equal(PrivilegeDepth.Basic, role.DepthOf("prvReadautocoe_AutomationSchedule"));
        Assert.Null(role.DepthOf("prvDeleteQueue"));
    }

    [Fact]
    public void PrivilegeLookup_IgnoresCase()
    {
        var role = SecurityRoleXml.Read(XElement.Parse(RoleFile.Xml(privileges: RoleFile.Privilege("prvReadadopt_UsageDay", "Deep"))), "role.xml");

        var depth = role.DepthOf("prvreadadopt_usageday");

        Assert.Equal(PrivilegeDepth.Deep, depth);
    }

    [Fact]
    public void SolutionWithoutRolesFolder_HasNoRoles()
    {
        using var solution = new TemporarySolution();

        var roles = SecurityRoleXml.ReadSolution(solution.Path);

        Assert.Empty(roles);
    }

    [Fact]
    public void RoleWithoutPrivileges_ReadsWithNone()
    {
        var xml = """<Role id="{5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}" name="Empty"><IsCustomizable>0</IsCustomizable></Role>""";

        var role = SecurityRoleXml.Read(XElement.Parse(xml), "Roles/Empty.xml");

        Assert.Equal((RoleFile.Id, "Empty", false, 0), (role.Id, role.Name, role.IsCustomizable, role.Privileges.Count));
    }

    [Theory]
    [InlineData("User", "prvReadadopt_UsageDay has level 'User'; expected one of Basic, Local, Deep, Global")]
    [InlineData("basic", "level 'basic'")]
    [InlineData("8", "level '8'")]
    public void UnknownLevel_FailsNamingFileAndAllowedLevels(string level, string expected)
    {
        using var solution = new TemporarySolution();
        solution.Write("Roles/Adoption Manager.xml", RoleFile.Xml(privileges: RoleFile.Privilege("prvReadadopt_UsageDay", level)));

        var error = Assert.Throws<InvalidDataException>(() => SecurityRoleXml.ReadSolution(solution.Path));

        Assert.StartsWith("Roles/Adoption Manager.xml: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivilegeListedTwiceInAnyCase_Fails()
    {
        var xml = RoleFile.Xml(privileges: [RoleFile.Privilege("prvReadAccount", "Basic"), RoleFile.Privilege("prvreadaccount", "Global")]);

        var error = Assert.Throws<InvalidDataException>(() => SecurityRoleXml.Read(XElement.Parse(xml), "role.xml"));

        Assert.Equal("role.xml: prvreadaccount is listed twice; a role holds each privilege at one level", error.Message);
    }

    [Theory]
    [InlineData("""<Role id="{5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}" name="X"><Description /></Role>""", "<Role> has <Description>, which this reader does not know")]
    [InlineData("""<Role id="{5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}"><RolePrivileges /></Role>""", "<Role> has no name attribute")]
    [InlineData("""<Role id="{5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}" name=" " />""", "<Role> has an empty name")]
    [InlineData("""<Role name="X" />""", "<Role> has no id attribute")]
    [InlineData("""<Role id="role-1" name="X" />""", "the role id is 'role-1', which is not a GUID")]
    [InlineData("""<Role id="{5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}" name="X"><IsCustomizable>yes</IsCustomizable></Role>""", "<IsCustomizable> is 'yes'; expected 0 or 1")]
    [InlineData("""<Role id="{5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}" name="X"><RolePrivileges><Privilege /></RolePrivileges></Role>""", "<RolePrivileges> has <Privilege>; expected only <RolePrivilege>")]
    [InlineData("""<Role id="{5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}" name="X"><RolePrivileges><RolePrivilege name="ReadAccount" level="Basic" /></RolePrivileges></Role>""", "privilege name 'ReadAccount' does not start with prv")]
    [InlineData("""<Role id="{5b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d}" name="X"><RolePrivileges><RolePrivilege name="prvReadAccount" /></RolePrivileges></Role>""", "<RolePrivilege> has no level attribute")]
    public void MalformedRole_FailsSayingWhatIsWrong(string xml, string expected)
    {
        var element = XElement.Parse(xml);

        var error = Assert.Throws<InvalidDataException>(() => SecurityRoleXml.Read(element, "Roles/X.xml"));

        Assert.StartsWith("Roles/X.xml: " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileWhoseRootIsNotRole_Fails()
    {
        using var solution = new TemporarySolution();
        solution.Write("Roles/Wrong.xml", "<SecurityRole />");

        var error = Assert.Throws<InvalidDataException>(() => SecurityRoleXml.ReadSolution(solution.Path));

        Assert.Equal("Roles/Wrong.xml: the root element is <SecurityRole>; expected <Role>", error.Message);
    }

    [Fact]
    public void TwoFilesWithOneRoleId_FailNamingBoth()
    {
        using var solution = new TemporarySolution();
        solution.Write("Roles/Adoption Manager.xml", RoleFile.Xml());
        solution.Write("Roles/Adoption Sponsor.xml", RoleFile.Xml(name: "Adoption Sponsor"));

        var error = Assert.Throws<InvalidDataException>(() => SecurityRoleXml.ReadSolution(solution.Path));

        Assert.Equal(
            $"Roles/Adoption Sponsor.xml: role id {RoleFile.Id:B} is also the id of Roles/Adoption Manager.xml; every role needs its own id",
            error.Message);
    }

    [Fact]
    public void MissingSolutionFolder_FailsNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "adoption-no-such-solution-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<DirectoryNotFoundException>(() => SecurityRoleXml.ReadSolution(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
