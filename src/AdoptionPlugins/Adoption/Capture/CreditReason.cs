namespace AdoptionPlugins.Adoption.Capture;

/// <summary>Why a signal is credited to its user, so every count can be explained.</summary>
public enum CreditReason
{
    /// <summary>The person who created, completed or changed the record.</summary>
    InitiatingUser,

    /// <summary>Server-side sync created or sent the email or meeting, so it belongs to the mailbox owner (dataverse-facts 5.2).</summary>
    OwnerViaServerSideSync,

    /// <summary>A delegate acted through another user's identity (createdonbehalfby/modifiedonbehalfby); the delegate did the work.</summary>
    Delegate,
}
