using System;
using AdoptionPlugins.Adoption.Capture;

namespace AdoptionPlugins.Tests.Support;

/// <summary>Users as the directory describes them: a licensed interactive person unless a method says otherwise.</summary>
public static class People
{
    public static UserFacts Person(string name = "Riley Rep", Guid? id = null) => new(id ?? Guid.NewGuid(), name);

    public static UserFacts SystemAccount() => new(Guid.NewGuid(), WellKnownAccounts.System);

    public static UserFacts IntegrationAccount() => new(Guid.NewGuid(), WellKnownAccounts.Integration);

    public static UserFacts ServerSideSyncAccount() => new(Guid.NewGuid(), WellKnownAccounts.ServerSideSync);

    public static UserFacts ApplicationUser(string name = "ERP connector") => new(Guid.NewGuid(), name, isApplicationUser: true, isLicensed: false);

    public static UserFacts WithAccess(UserAccessMode accessMode, string name = "Account") => new(Guid.NewGuid(), name, accessMode);

    public static UserFacts Disabled(string name = "Dana Leaver") => new(Guid.NewGuid(), name, isDisabled: true);

    public static UserFacts Unlicensed(string name = "Una Unlicensed") => new(Guid.NewGuid(), name, isLicensed: false);

    /// <summary>The reference a row carries for this user, with the name the platform fills in.</summary>
    public static UserReference Ref(this UserFacts user) => new(user.Id, user.FullName);
}
