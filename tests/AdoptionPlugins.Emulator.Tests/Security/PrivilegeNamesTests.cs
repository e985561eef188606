using AdoptionPlugins.Emulator.Security;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Security;

// Privilege names as the platform spells them (dataverse-facts 6.1, 7.1; real role exports).
public sealed class PrivilegeNamesTests
{
    [Theory]
    [InlineData("task", AccessRight.Read, "prvReadActivity")]
    [InlineData("email", AccessRight.Create, "prvCreateActivity")]
    [InlineData("systemuser", AccessRight.Write, "prvWriteUser")]
    [InlineData("annotation", AccessRight.AppendTo, "prvAppendToNote")]
    [InlineData("appnotification", AccessRight.Read, "prvReadAppNotification")]
    [InlineData("new_usage", AccessRight.Assign, "prvAssignnew_usage")]
    public void Table_GetsThePlatformsPrivilegeName(string table, AccessRight right, string expected)
    {
        var name = PrivilegeNames.For(table, right);

        Assert.Equal(expected, name);
    }

    [Fact]
    public void IntersectTable_HasNoPrivilege()
    {
        var name = PrivilegeNames.For("systemuserroles", AccessRight.Read);

        Assert.Null(name);
    }
}
