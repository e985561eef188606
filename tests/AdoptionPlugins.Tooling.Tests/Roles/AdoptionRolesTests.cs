using System;
using System.Linq;
using AdoptionPlugins.Tooling.Roles;
using AdoptionPlugins.Tooling.Tables;
using Xunit;

namespace AdoptionPlugins.Tooling.Tests.Roles;

/// <summary>The shipped roles grant what their descriptions promise, and name only tables and rights that exist.</summary>
public class AdoptionRolesTests
{
    private static readonly string[] Rights = ["Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share"];

    private static readonly string[] StandardPrivileges = ["prvReadUser", "prvAppendToUser"];

    [Fact]
    public void EveryPrivilege_NamesAShippedTableWithARightOrAStandardPrivilege()
    {
        var tables = ShippedTables.Definitions.Tables.Select(table => table.SchemaName).ToArray();
        var known = tables.SelectMany(table => Rights.Select(right => "prv" + right + table)).Concat(StandardPrivileges).ToHashSet(StringComparer.Ordinal);

        var unknown = AdoptionRoles.All.SelectMany(role => role.Privileges).Select(privilege => privilege.Name).Where(name => !known.Contains(name));

        Assert.Empty(unknown);
    }

    [Fact]
    public void OnlyTheAdministrator_ReachesBeyondTheirOwnPersonalRows()
    {
        string[] totals = [AdoptionRoles.AdoptionSetting, AdoptionRoles.AdoptionSummary];
        var adoptionTables = ShippedTables.Definitions.Tables.Select(table => table.SchemaName).Where(table => !totals.Contains(table)).ToArray();

        var wide = AdoptionRoles.All.SelectMany(role => role.Privileges.Where(privilege => adoptionTables.Any(table => privilege.Name.EndsWith(table, StringComparison.Ordinal)) && privilege.Depth != PrivilegeDepth.Basic).Select(_ => role.Name)).Distinct();

        Assert.Equal(["Adoption Administrator"], wide);
    }

    [Fact]
    public void Summaries_SponsorReadsAllTotalsOthersTheirOwn()
    {
        (string, PrivilegeDepth?)[] expected =
            [("Adoption Administrator", PrivilegeDepth.Global), ("Adoption Sales Manager", PrivilegeDepth.Basic), ("Adoption Sponsor", PrivilegeDepth.Global), ("Adoption User", PrivilegeDepth.Basic)];

        var depths = AdoptionRoles.All.Select(role => (role.Name, role.DepthOf("prvRead" + AdoptionRoles.AdoptionSummary)));

        Assert.Equal(expected, depths);
    }

    [Fact]
    public void EveryRole_ReadsEverySettingAndOnlyTheAdministratorChangesThem()
    {
        var settingPrivileges = AdoptionRoles.All.SelectMany(role => role.Privileges.Where(privilege => privilege.Name.EndsWith(AdoptionRoles.AdoptionSetting, StringComparison.Ordinal)).Select(privilege => (role.Name, privilege.Name)));

        var readers = settingPrivileges.Where(pair => pair.Item2 == "prvRead" + AdoptionRoles.AdoptionSetting).Select(pair => pair.Item1);
        var writers = settingPrivileges.Where(pair => pair.Item2 == "prvWrite" + AdoptionRoles.AdoptionSetting || pair.Item2 == "prvCreate" + AdoptionRoles.AdoptionSetting).Select(pair => pair.Item1).Distinct();

        Assert.Equal(AdoptionRoles.All.Select(role => role.Name), readers);
        Assert.Equal(["Adoption Administrator"], writers);
    }

    [Fact]
    public void NoRole_WritesTheRowsThePluginsKeep()
    {
        string[] computed = ["adopt_ActivitySignal", "adopt_ActivityDay", "adopt_AdoptionProfile", "adopt_Nudge", "adopt_QuickWin", "adopt_AdoptionSummary"];

        var writers = AdoptionRoles.All.Where(role => role != AdoptionRoles.Administrator)
            .SelectMany(role => role.Privileges.Where(privilege => computed.Any(table => privilege.Name.EndsWith(table, StringComparison.Ordinal)) && !privilege.Name.StartsWith("prvRead", StringComparison.Ordinal)).Select(privilege => $"{role.Name}: {privilege.Name} {privilege.Depth}"));

        // Writing their own profile is how people opt out; the GuardAdoptionProfileOnUpdate step allows nothing else.
        Assert.Equal(
            ["Adoption Sales Manager: prvWriteadopt_AdoptionProfile Basic", "Adoption Sponsor: prvWriteadopt_AdoptionProfile Basic", "Adoption User: prvWriteadopt_AdoptionProfile Basic"],
            writers);
    }

    [Fact]
    public void EveryRole_ReadsUsers_BecauseTheViewsShowPeopleAndManagers()
    {
        var depths = AdoptionRoles.All.Select(role => role.DepthOf("prvReadUser"));

        Assert.All(depths, depth => Assert.Equal(PrivilegeDepth.Global, depth));
    }

    [Fact]
    public void RoleIds_AreTheSameEveryTimeAndDistinct()
    {
        var ids = AdoptionRoles.All.Select(role => role.Id).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal(new Guid("a6563af7-177c-5d79-8bf8-e738b0ad509e"), AdoptionRoles.Administrator.Id);
    }
}
