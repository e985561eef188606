using System;
using System.Linq;
using AdoptionPlugins.Adoption.Capture;
using AdoptionPlugins.Adoption.Privacy;
using AdoptionPlugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Applies <see cref="ProfileEditRule"/> to a profile save: what the save changes, whose profile it is, and, only when the
/// answer depends on it, whether the person saving is an administrator (their roles, direct or through a team) or one of the
/// platform's own accounts.
/// </summary>
public sealed class ProfileEditGuard
{
    private readonly IOrganizationService _service;

    public ProfileEditGuard(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    /// <summary>Null when <paramref name="callerId"/> may save <paramref name="target"/>; otherwise why not.</summary>
    public string? Check(Entity target, Guid callerId)
    {
        _ = target ?? throw new ArgumentNullException(nameof(target));
        var changesOnlyOptOut = target.Attributes.Keys.All(column => column is AdoptionProfile.IsOptedOut or AdoptionProfile.PrimaryId);
        var isOwnProfile = target.Id == ProfileGateway.IdOf(callerId);
        return ProfileEditRule.WhyRefused(changesOnlyOptOut, isOwnProfile, isAdministrator: false) is null
            ? null
            : ProfileEditRule.WhyRefused(changesOnlyOptOut, isOwnProfile, IsAdministrator(callerId));
    }

    // The platform's own accounts (SYSTEM, INTEGRATION) are recognised by name, as in capture (dataverse-facts 5.3).
    private bool IsAdministrator(Guid callerId)
    {
        var caller = _service.Retrieve(SystemUser.EntityName, callerId, new ColumnSet(SystemUser.FullName));
        return WellKnownAccounts.Classify(ColumnReader.Get<string>(caller, SystemUser.FullName)) is NoCreditReason.SystemAccount or NoCreditReason.IntegrationAccount
            || new PeopleGateway(_service).RoleNamesOf(callerId).Any(role =>
                string.Equals(role, SecurityRoles.AdoptionAdministrator, StringComparison.OrdinalIgnoreCase)
                || string.Equals(role, SecurityRoles.SystemAdministrator, StringComparison.OrdinalIgnoreCase));
    }
}
