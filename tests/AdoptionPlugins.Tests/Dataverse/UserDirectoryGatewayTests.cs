using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Dataverse;
using AdoptionPlugins.Schema;
using AdoptionPlugins.Tests.Support;
using Xunit;

namespace AdoptionPlugins.Tests.Dataverse;

public class UserDirectoryGatewayTests
{
    [Fact]
    public void Load_ReadsWhoCountsAndTheirTimeZoneInTwoRequests()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep", CaptureOrganization.BerlinTimeZone);
        var connector = org.CreateIntegration("ERP connector");
        var counting = new CountingOrganizationService(org.SystemService);
        var directory = new LoadedUserDirectory();

        new UserDirectoryGateway(counting).Load(directory, [rep, connector]);

        Assert.Equal(2, counting.Requests);
        Assert.Equal(("Riley Rep", CaptureOrganization.BerlinTimeZone), (directory.Find(rep)!.FullName, directory.TimeZoneCodeOf(rep)));
        Assert.Equal(NoCreditReason.ApplicationUser, directory.Find(connector)!.WhyNotCounted());
    }

    [Fact]
    public void DisabledNonInteractiveAccount_IsReadWithItsFlags()
    {
        using var org = new CaptureOrganization();
        var account = org.CreateUser("Sync account", adjust: user => (user[SystemUser.IsDisabled], user[SystemUser.AccessMode]) = (true, new Microsoft.Xrm.Sdk.OptionSetValue(SystemUser.AccessModeNonInteractive)));
        var directory = new LoadedUserDirectory();

        new UserDirectoryGateway(org.SystemService).Load(directory, [account]);

        Assert.Equal((UserAccessMode.NonInteractive, true), (directory.Find(account)!.AccessMode, directory.Find(account)!.IsDisabled));
    }

    [Fact]
    public void UsersAlreadyLoaded_AreNotReadAgain()
    {
        using var org = new CaptureOrganization();
        var rep = org.CreateUser("Riley Rep");
        var counting = new CountingOrganizationService(org.SystemService);
        var directory = new LoadedUserDirectory();
        new UserDirectoryGateway(counting).Load(directory, [rep]);

        new UserDirectoryGateway(counting).Load(directory, [rep, rep]);

        Assert.Equal(2, counting.Requests);
    }

    [Fact]
    public void SystemAccount_IsKnownByName()
    {
        using var org = new CaptureOrganization();
        var directory = new LoadedUserDirectory();

        new UserDirectoryGateway(org.SystemService).Load(directory, [org.SystemUserId]);

        Assert.Equal(NoCreditReason.SystemAccount, directory.Find(org.SystemUserId)!.WhyNotCounted());
    }
}
