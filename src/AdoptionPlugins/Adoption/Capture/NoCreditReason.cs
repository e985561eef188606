namespace AdoptionPlugins.Adoption.Capture;

/// <summary>Why an event credits nobody: every "no" has a reason a manager can read.</summary>
public enum NoCreditReason
{
    /// <summary>The row came from a data import (importsequencenumber set): a bulk import is not someone using the CRM.</summary>
    DataImport,

    /// <summary>The row was migrated with a back-dated creation time (overriddencreatedon set).</summary>
    MigratedRecord,

    /// <summary>No user is named on the row for this event.</summary>
    NoUserOnRecord,

    /// <summary>The SYSTEM account did it, and the rule for this kind does not pass it on to the owner.</summary>
    SystemAccount,

    /// <summary>The INTEGRATION account did it.</summary>
    IntegrationAccount,

    /// <summary>The server-side sync account (<c># SSSAdminProd</c>) did it, and the rule for this kind does not pass it on to the owner.</summary>
    ServerSideSyncAccount,

    /// <summary>An application (S2S) user did it: an integration, not a person (dataverse-facts 5.3).</summary>
    ApplicationUser,

    /// <summary>A non-interactive user (access mode 4) did it: an integration account.</summary>
    NonInteractiveUser,

    /// <summary>A Microsoft support user (access mode 3) did it.</summary>
    SupportUser,

    /// <summary>A partner's delegated administrator (access mode 5) did it.</summary>
    DelegatedAdministrator,

    /// <summary>The user is disabled.</summary>
    DisabledUser,

    /// <summary>The user has no license, so cannot be expected to use the CRM.</summary>
    UnlicensedUser,

    /// <summary>The email or meeting was synced into a team-owned row: there is no single person to credit.</summary>
    OwnedByTeam,

    /// <summary>The credited user is not in the user directory.</summary>
    UnknownUser,
}
