using System;
using System.Linq;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Security;
using AdoptionPlugins.Emulator.Tests.Support;
using AdoptionPlugins.Tooling.FieldSecurity;
using AdoptionPlugins.Tooling.Roles;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.SolutionContent;

// The secured adoption profile columns and the Adoption Figures profile as solution/ ships them: who reads a person's figures.
public sealed class ShippedFieldSecurityTests
{
    private static readonly string[] Figures = ["adopt_workingdays", "adopt_activedays", "adopt_sharepercent", "adopt_isvip"];

    private static readonly ColumnSet Everything = new("adopt_state", "adopt_statereason", "adopt_workingdays", "adopt_activedays", "adopt_sharepercent", "adopt_isvip");

    [Fact]
    public void RepReadingTheirOwnProfile_GetsStateAndReasonButNoFigure()
    {
        using var org = new AdoptionOrganization();
        var rep = org.CreateUser(AdoptionRoles.User);
        var profile = Evaluated(org, rep);

        var read = org.As(rep).Retrieve("adopt_adoptionprofile", profile, Everything);

        Assert.Equal(Profiles.Active, read.GetAttributeValue<OptionSetValue>("adopt_state").Value);
        Assert.StartsWith("Logged activity on 12 of 20", read.GetAttributeValue<string>("adopt_statereason"), StringComparison.Ordinal);
        Assert.DoesNotContain(Figures, read.Contains);
    }

    [Fact]
    public void ManagerHoldingAdoptionFigures_ReadsTheirReportsFigures()
    {
        using var org = new AdoptionOrganization();
        var manager = org.CreateUser(AdoptionRoles.SalesManager);
        var profile = Evaluated(org, org.CreateUser(AdoptionRoles.User, manager));
        org.GrantProfile(manager, AdoptionFieldSecurity.Figures.Name);

        var read = org.As(manager).Retrieve("adopt_adoptionprofile", profile, Everything);

        Assert.Equal((20, 12, 60, false), (read.GetAttributeValue<int>("adopt_workingdays"), read.GetAttributeValue<int>("adopt_activedays"), read.GetAttributeValue<int>("adopt_sharepercent"), read.GetAttributeValue<bool>("adopt_isvip")));
    }

    [Fact]
    public void ManagerWithoutTheProfile_SeesTheReportsVerdictButNoFigure()
    {
        using var org = new AdoptionOrganization();
        var manager = org.CreateUser(AdoptionRoles.SalesManager);
        var profile = Evaluated(org, org.CreateUser(AdoptionRoles.User, manager));

        var read = org.As(manager).Retrieve("adopt_adoptionprofile", profile, Everything);

        Assert.True(read.Contains("adopt_statereason"));
        Assert.DoesNotContain(Figures, read.Contains);
    }

    [Fact]
    public void SystemAdministratorWithoutAProfile_ReadsEveryFigure()
    {
        using var org = new AdoptionOrganization();
        var admin = org.CreateUser(BuiltInRoles.SystemAdministrator);
        var profile = Evaluated(org, org.CreateUser(AdoptionRoles.User));

        var read = org.As(admin).Retrieve("adopt_adoptionprofile", profile, Everything);

        Assert.All(Figures, figure => Assert.True(read.Contains(figure), figure));
    }

    [Fact]
    public void AdoptionAdministratorHoldingTheProfile_SetsTheVipFlag()
    {
        using var org = new AdoptionOrganization();
        var admin = org.CreateUser(AdoptionRoles.Administrator);
        org.GrantProfile(admin, AdoptionFieldSecurity.Figures.Name);
        var profile = Evaluated(org, org.CreateUser(AdoptionRoles.User));

        org.As(admin).Update(new Entity("adopt_adoptionprofile", profile) { ["adopt_isvip"] = true });

        Assert.True(org.System.Retrieve("adopt_adoptionprofile", profile, new ColumnSet("adopt_isvip")).GetAttributeValue<bool>("adopt_isvip"));
    }

    [Fact]
    public void AdoptionAdministratorHoldingTheProfile_CannotRewriteAFigure()
    {
        using var org = new AdoptionOrganization();
        var admin = org.CreateUser(AdoptionRoles.Administrator);
        org.GrantProfile(admin, AdoptionFieldSecurity.Figures.Name);
        var profile = Evaluated(org, org.CreateUser(AdoptionRoles.User));

        var fault = FaultAssert.Throws(ErrorCodes.AttributePermissionUpdateIsMissingDuringUpdate, () => org.As(admin).Update(new Entity("adopt_adoptionprofile", profile) { ["adopt_sharepercent"] = 100 }));

        Assert.Contains("adopt_sharepercent", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedSecuredColumns_AreExactlyTheProfilesColumns()
    {
        using var org = new AdoptionOrganization();

        var secured = org.Database.Catalog.Tables.SelectMany(table => table.Columns.Where(column => column.IsSecured).Select(column => $"{table.LogicalName}.{column.LogicalName}"));

        Assert.Equal(
            AdoptionFieldSecurity.Figures.Permissions.Select(rights => $"{rights.Table}.{rights.Column}").Order(StringComparer.Ordinal),
            secured.Order(StringComparer.Ordinal));
    }

    // A view or chart over a secured column would show blanks to most readers, and sorting by a figure is the ranking the
    // profile exists to prevent.
    [Fact]
    public void NoShippedViewOrChart_NamesASecuredColumn()
    {
        var queries = ShippedViews.Solution.Tables.SelectMany(table => table.Views).Select(view => (view.Name, view.FetchXml))
            .Concat(ShippedViews.Charts.Select(chart => (chart.Name, chart.FetchXml)));

        var offending = queries.Where(query => Figures.Any(figure => query.FetchXml.Contains($"\"{figure}\"", StringComparison.Ordinal))).Select(query => query.Name);

        Assert.Empty(offending);
    }

    // The daily evaluation writes the figures as SYSTEM, which no field security applies to.
    private static Guid Evaluated(AdoptionOrganization org, Guid userId)
    {
        var id = org.CreateProfile(userId, "Someone");
        org.System.Update(new Entity("adopt_adoptionprofile", id)
        {
            ["adopt_workingdays"] = 20,
            ["adopt_activedays"] = 12,
            ["adopt_sharepercent"] = 60,
            ["adopt_statereason"] = "Logged activity on 12 of 20 working days (60%).",
        });
        return id;
    }
}
