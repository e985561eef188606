using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>What the user directory says about one user: enough to tell a person who uses the CRM from an account that does not count.</summary>
public sealed class UserFacts
{
    public UserFacts(
        Guid id,
        string? fullName = null,
        UserAccessMode accessMode = UserAccessMode.ReadWrite,
        bool isApplicationUser = false,
        bool isDisabled = false,
        bool isLicensed = true,
        bool isVerified = true,
        DateTime? createdOnUtc = null)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("User facts need the user's id.", nameof(id));
        }

        Id = id;
        FullName = fullName;
        AccessMode = accessMode;
        IsApplicationUser = isApplicationUser;
        IsDisabled = isDisabled;
        IsLicensed = isLicensed;
        IsVerified = isVerified;
        CreatedOnUtc = createdOnUtc;
    }

    public Guid Id { get; }

    public string? FullName { get; }

    public UserAccessMode AccessMode { get; }

    /// <summary>systemuser.applicationid is set: an S2S application user (dataverse-facts 5.3).</summary>
    public bool IsApplicationUser { get; }

    public bool IsDisabled { get; }

    public bool IsLicensed { get; }

    /// <summary>False when only the name on a reference is known (capture reads no directory); the roll-up checks again with the directory.</summary>
    public bool IsVerified { get; }

    /// <summary>When the account was created (systemuser.createdon); null when only the name on a reference is known.</summary>
    public DateTime? CreatedOnUtc { get; }

    /// <summary>Facts from the name on a row's reference alone: flags that need the directory are assumed to pass.</summary>
    public static UserFacts FromName(Guid id, string? name) => new(id, name, isVerified: false);

    /// <summary>Null when the user counts as a person using the CRM; otherwise why not.</summary>
    public NoCreditReason? WhyNotCounted()
    {
        if (WellKnownAccounts.Classify(FullName) is { } account)
        {
            return account;
        }

        if (IsApplicationUser)
        {
            return NoCreditReason.ApplicationUser;
        }

        switch (AccessMode)
        {
            case UserAccessMode.NonInteractive:
                return NoCreditReason.NonInteractiveUser;
            case UserAccessMode.SupportUser:
                return NoCreditReason.SupportUser;
            case UserAccessMode.DelegatedAdmin:
                return NoCreditReason.DelegatedAdministrator;
        }

        if (IsDisabled)
        {
            return NoCreditReason.DisabledUser;
        }

        return IsLicensed ? null : NoCreditReason.UnlicensedUser;
    }
}
