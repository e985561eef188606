using System;
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
/// People switch their own adoption messages off and on from their profile, with the shipped roles and the guard step; nobody
/// else changes what the evaluation or an administrator decides. Manager hierarchy security is on, as the shipped roles expect.
/// </summary>
public sealed class ProfileOptOutTests : IDisposable
{
    private readonly EmulatedOrganization _org = Shipped();

    [Fact]
    public void RepOptingOutOnTheirOwnProfile_IsSaved()
    {
        var rep = User("Rep", "Adoption User");

        _org.ServiceFor(rep).Update(OptOut(rep, true));

        Assert.True(ProfileOf(rep).GetAttributeValue<bool>(AdoptionProfile.IsOptedOut));
    }

    [Fact]
    public void RepChangingTheirOwnTier_IsRefusedSayingWhatTheyMayChange()
    {
        var rep = User("Rep", "Adoption User");
        var change = new Entity(AdoptionProfile.EntityName, ProfileGateway.IdOf(rep)) { [AdoptionProfile.Tier] = new OptionSetValue(EvaluationChoices.ValueOf(Adoption.Evaluation.AdoptionTier.Excluded)) };

        var refusal = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => _org.ServiceFor(rep).Update(change));

        Assert.StartsWith("You can change only whether you receive adoption messages.", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManagerOptingOutADirectReport_IsRefusedThoughHierarchySecurityLetsThemWrite()
    {
        var manager = User("Manager", "Adoption Sales Manager");
        var rep = User("Rep", "Adoption User", manager);

        var refusal = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => _org.ServiceFor(manager).Update(OptOut(rep, true)));

        Assert.StartsWith("Only the person themself, or an adoption administrator", refusal.Message, StringComparison.Ordinal);
        Assert.False(ProfileOf(rep).GetAttributeValue<bool>(AdoptionProfile.IsOptedOut));
    }

    [Fact]
    public void AdoptionAdministrator_SetsSomeonesVipCare()
    {
        var admin = User("Admin", "Adoption Administrator");
        _org.Database.Security.AddFieldSecurityProfileMember(Tooling.FieldSecurity.AdoptionFieldSecurity.Figures.Id, admin);
        var executive = User("Executive", "Adoption User");

        _org.ServiceFor(admin).Update(new Entity(AdoptionProfile.EntityName, ProfileGateway.IdOf(executive)) { [AdoptionProfile.IsVip] = true });

        Assert.True(ProfileOf(executive).GetAttributeValue<bool>(AdoptionProfile.IsVip));
    }

    public void Dispose() => _org.Dispose();

    private static EmulatedOrganization Shipped() => EmulatedOrganization.FromSolution(
        RepositoryFolders.InRepository("solution"),
        new EmulatedOrganizationOptions
        {
            PluginAssemblies = [typeof(PluginEntryPoint).Assembly],
            Store = EmulatorOptions.Default with { Security = new SecurityOptions { ManagerHierarchyDepth = 3 } },
        });

    // A user holding the shipped role, with the profile the roll-up gives them on first sight.
    private Guid User(string name, string role, Guid? manager = null)
    {
        var id = _org.CreateUser(name, manager, role: _org.Database.Security.Roles.Single(candidate => candidate.Name == role));
        _org.SystemService.Create(new Entity(AdoptionProfile.EntityName, ProfileGateway.IdOf(id))
        {
            [AdoptionProfile.Name] = name,
            [AdoptionProfile.UserId] = new EntityReference(SystemUser.EntityName, id),
            [AdoptionProfile.OwnerId] = new EntityReference(SystemUser.EntityName, id),
        });
        return id;
    }

    private static Entity OptOut(Guid userId, bool optedOut) =>
        new(AdoptionProfile.EntityName, ProfileGateway.IdOf(userId)) { [AdoptionProfile.IsOptedOut] = optedOut };

    private Entity ProfileOf(Guid userId) => _org.SystemService.Retrieve(AdoptionProfile.EntityName, ProfileGateway.IdOf(userId), new ColumnSet(true));
}
