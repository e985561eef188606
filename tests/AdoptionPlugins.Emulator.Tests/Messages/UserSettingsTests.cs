using AdoptionPlugins.Emulator.Data;
using AdoptionPlugins.Emulator.Faults;
using AdoptionPlugins.Emulator.Metadata;
using AdoptionPlugins.Emulator.Service;
using AdoptionPlugins.Emulator.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace AdoptionPlugins.Emulator.Tests.Messages;

public sealed class UserSettingsTests
{
    [Fact]
    public void NewUser_HasUserSettingsInTheDefaultTimeZone()
    {
        using var org = new TestOrganization();

        var userId = org.CreateUser();

        var settings = org.Service.Retrieve("usersettings", userId, new ColumnSet("timezonecode", "businessunitid"));
        Assert.Equal((92, org.Database.RootBusinessUnitId), (settings["timezonecode"], settings.GetAttributeValue<EntityReference>("businessunitid").Id));
    }

    [Fact]
    public void OrganizationDefaultTimeZone_IsEveryNewUsersTimeZone()
    {
        using var database = new InMemoryDatabase(MetadataCatalog.CreateStandard(), new FixedClock(), new EmulatorOptions { DefaultTimeZoneCode = 110 });
        var system = new EmulatedOrganizationService(database, database.SystemUserId);

        var userId = system.Create(A.User(database.RootBusinessUnitId).Build());

        Assert.Equal(110, system.Retrieve("usersettings", userId, new ColumnSet("timezonecode"))["timezonecode"]);
    }

    [Fact]
    public void TimeZoneUpdate_IsStored()
    {
        using var org = new TestOrganization();

        org.SetTimeZone(org.UserId, 35);

        Assert.Equal(35, org.Service.Retrieve("usersettings", org.UserId, new ColumnSet("timezonecode"))["timezonecode"]);
    }

    [Fact]
    public void CreateOfUserSettings_FaultsLikeThePlatform()
    {
        using var org = new TestOrganization();

        FaultAssert.Throws(ErrorCodes.SdkEntityDoesNotSupportMessage, () => org.Service.Create(new Entity("usersettings", org.UserId) { ["timezonecode"] = 35 }));
    }
}
