using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using AdoptionPlugins.Tooling.Roles;
using AdoptionPlugins.Tooling.Tests.Content;
using AdoptionPlugins.Tooling.Tests.Registrations;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Roles;

/// <summary>The role writer: what it writes reads back equal, in the exported shape, and a role the reader would refuse is not written.</summary>
public class SecurityRoleWriterTests
{
    [Fact]
    public void EveryAdoptionRole_ReadsBackEqual()
    {
        using var solution = new TemporarySolution();
        SecurityRoleXml.WriteTo(solution.Path, AdoptionRoles.All);

        var read = SecurityRoleXml.ReadSolution(solution.Path);

        Assert.Equal(AdoptionRoles.All, read);
    }

    [Fact]
    public void WrittenRole_HasTheAutomationKitShape()
    {
        var real = File.ReadAllBytes(Path.Combine(RealSamples.AutomationKit, SecurityRoleXml.RelativePathOf("Automation Schedule User")));

        var written = SecurityRoleXml.Write(AdoptionRoles.User);

        Assert.Equal(ExportShape.Of(real), ExportShape.Of(written));
    }

    [Fact]
    public void Privileges_AreWrittenByNameIgnoringCase()
    {
        var role = new SecurityRole
        {
            Id = RoleFile.Id,
            Name = "Order",
            Privileges = [new RolePrivilege("prvReadUser", PrivilegeDepth.Global), new RolePrivilege("prvReadadopt_X", PrivilegeDepth.Basic), new RolePrivilege("prvAppendTo", PrivilegeDepth.Basic)],
        };

        var names = XElement.Parse(Encoding.UTF8.GetString(SecurityRoleXml.Write(role)).TrimStart('\uFEFF')).Descendants("RolePrivilege").Select(element => element.Attribute("name")!.Value);

        Assert.Equal(["prvAppendTo", "prvReadadopt_X", "prvReadUser"], names);
    }

    [Theory]
    [InlineData("Sales/Managers", "the name 'Sales/Managers' is empty or cannot name a file")]
    [InlineData(" ", "the name ' ' is empty or cannot name a file")]
    public void RoleThatCannotNameItsFile_IsNotWritten(string name, string expected)
    {
        var role = new SecurityRole { Id = RoleFile.Id, Name = name };

        var error = Assert.Throws<ArgumentException>(() => SecurityRoleXml.Write(role));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivilegeListedTwiceInAnyCase_IsNotWritten()
    {
        var role = new SecurityRole { Id = RoleFile.Id, Name = "Twice", Privileges = [new RolePrivilege("prvReadUser", PrivilegeDepth.Basic), new RolePrivilege("prvreaduser", PrivilegeDepth.Global)] };

        var error = Assert.Throws<ArgumentException>(() => SecurityRoleXml.Write(role));

        Assert.StartsWith("Role Twice: prvReadUser is listed 2 times", error.Message, StringComparison.Ordinal);
    }
}
