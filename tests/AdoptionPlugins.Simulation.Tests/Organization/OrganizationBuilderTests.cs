using System.Linq;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Simulation.Organization;
using AdoptionPlugins.Simulation.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Simulation.Tests.Organization;

public class OrganizationBuilderTests
{
    [Fact]
    public void People_GetTheTimeZoneAndLanguageOfTheirCity()
    {
        using var organization = SmallOrganization.Build();
        var vp = organization.Plan.People.Single(person => person.Persona == Persona.LeadingExecutive);

        var settings = organization.Emulator.SystemService.Retrieve(UserSettings.EntityName, vp.Id, new ColumnSet(UserSettings.TimeZoneCode, "uilanguageid"));

        Assert.Equal((Workplace.Berlin.TimeZoneCode, Workplace.Berlin.LanguageCode), (settings.GetAttributeValue<int>(UserSettings.TimeZoneCode), settings.GetAttributeValue<int>("uilanguageid")));
    }

    [Fact]
    public void People_AreNamedAsThePlatformNamesThem()
    {
        using var organization = SmallOrganization.Build();
        var ceo = organization.Plan.ChiefExecutive;

        var user = organization.Emulator.SystemService.Retrieve(SystemUser.EntityName, ceo.Id, new ColumnSet(SystemUser.FullName));

        Assert.Equal(ceo.FullName, user.GetAttributeValue<string>(SystemUser.FullName));
    }

    [Fact]
    public void Integration_IsANonInteractiveApplicationUser()
    {
        using var organization = SmallOrganization.Build();

        var user = organization.Emulator.SystemService.Retrieve(SystemUser.EntityName, organization.Plan.Integration.Id, new ColumnSet(SystemUser.ApplicationId, SystemUser.AccessMode, SystemUser.IsLicensed));

        Assert.NotEqual(default, user.GetAttributeValue<System.Guid>(SystemUser.ApplicationId));
        Assert.Equal((SystemUser.AccessModeNonInteractive, false), (user.GetAttributeValue<OptionSetValue>(SystemUser.AccessMode).Value, user.GetAttributeValue<bool>(SystemUser.IsLicensed)));
    }

    [Fact]
    public void OnlyTheCrmAdministrator_HoldsSystemAdministrator()
    {
        using var organization = SmallOrganization.Build();

        var administrators = organization.Plan.People.Where(person => person.JoinsOnDay is null && organization.Emulator.Database.Security.HasPrivilege(person.Id, "prvDeleteUser")).ToList();

        Assert.Equal(Persona.CrmAdministrator, Assert.Single(administrators).Persona);
    }

    [Fact]
    public void RepOnLeave_HasTheirLeaveRecorded()
    {
        using var organization = SmallOrganization.Build();
        var away = organization.Plan.People.Single(person => person.Persona == Persona.RepOnLeave);

        var leave = Assert.Single(organization.Emulator.SystemService.RetrieveMultiple(new QueryExpression(LeavePeriod.EntityName) { ColumnSet = new ColumnSet(true) }).Entities);

        Assert.Equal(away.Id, leave.GetAttributeValue<EntityReference>(LeavePeriod.UserId).Id);
        Assert.Equal(organization.Calendar.DateOf(away.Leave!.First), leave.GetAttributeValue<System.DateTime>(LeavePeriod.StartDate).Date);
    }

    [Fact]
    public void NewStarter_DoesNotExistBeforeJoining()
    {
        using var organization = SmallOrganization.Build();
        var starter = organization.Plan.People.Single(person => person.Persona == Persona.NewStarter);

        var found = organization.Emulator.SystemService.RetrieveMultiple(new QueryByAttribute(SystemUser.EntityName) { Attributes = { SystemUser.PrimaryId }, Values = { starter.Id } }).Entities;

        Assert.Empty(found);
    }
}
