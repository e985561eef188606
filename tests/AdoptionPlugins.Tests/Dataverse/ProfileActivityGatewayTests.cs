using System;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace AdoptionPlugins.Tests.Dataverse;

public class ProfileActivityGatewayTests
{
    private static readonly DateTime Today = new(2026, 11, 25);

    [Fact]
    public void NewProfileWrittenTwice_IsOneRowOwnedByItsUser()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var profile = ProfileUpdate.For(People.Person("Riley Rep", rep), null, [], Today)!;

        new ProfileActivityGateway(org.SystemService).Write(profile);
        new ProfileActivityGateway(org.SystemService).Write(profile);

        var row = Assert.Single(org.Rows(AdoptionProfile.EntityName));
        Assert.Equal((profile.Id, rep), (row.Id, row.GetAttributeValue<EntityReference>(AdoptionProfile.OwnerId).Id));
    }

    [Fact]
    public void UpdateOfAStoredProfile_LeavesWhatTheEvaluationWroteAlone()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var gateway = new ProfileActivityGateway(org.SystemService);
        gateway.Write(ProfileUpdate.For(People.Person("Riley Rep", rep), null, [], Today)!);
        var stored = gateway.ReadForUsers([rep])[rep];
        org.SystemService.Update(new Entity(AdoptionProfile.EntityName, stored.Id) { [AdoptionProfile.State] = new OptionSetValue(ProfileChoices.StateActive) });

        gateway.Write(ProfileUpdate.For(People.Person("Riley Rep", rep), stored, ActivityDays.Of(People.Person("Riley Rep", rep), CaptureOrganization.Start), Today)!);

        var row = Assert.Single(org.Rows(AdoptionProfile.EntityName));
        Assert.Equal((ProfileChoices.StateActive, CaptureOrganization.Start), (row.GetAttributeValue<OptionSetValue>(AdoptionProfile.State).Value, row.GetAttributeValue<DateTime>(AdoptionProfile.LastActivityOn)));
    }

    [Fact]
    public void ProfileCreatedElsewhereWithAnotherId_IsFoundByItsUserAndUpdatedInPlace()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var otherId = org.SystemService.Create(new Entity(AdoptionProfile.EntityName) { [AdoptionProfile.Name] = "Riley", [AdoptionProfile.UserId] = new EntityReference(SystemUser.EntityName, rep) });
        var gateway = new ProfileActivityGateway(org.SystemService);

        var stored = gateway.ReadForUsers([rep])[rep];
        gateway.Write(ProfileUpdate.For(People.Person("Riley Rep", rep), stored, [], Today)!);

        Assert.Equal(("Riley Rep", otherId), org.Rows(AdoptionProfile.EntityName).Select(row => (row.GetAttributeValue<string>(AdoptionProfile.Name), row.Id)).Single());
    }
}
