using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>
/// Decides who gets the credit for one event on one row (DESIGN-capture "Who gets the credit"): the person who did it,
/// except that emails and meetings server-side sync created or sent belong to their owner; platform accounts, integrations,
/// imports and migrations credit nobody.
/// </summary>
public static class CreditRule
{
    /// <summary>
    /// Decides the credit for an event that happened when the row was created (<paramref name="atCreation"/>, actors createdby
    /// and createdonbehalfby) or later (modifiedby and modifiedonbehalfby).
    /// </summary>
    public static CreditDecision Decide(ActivityFacts facts, SignalKind kind, bool atCreation, IUserDirectory directory)
    {
        _ = facts ?? throw new ArgumentNullException(nameof(facts));
        _ = directory ?? throw new ArgumentNullException(nameof(directory));
        if (atCreation && facts.ImportSequenceNumber.HasValue)
        {
            return CreditDecision.Nobody(NoCreditReason.DataImport);
        }

        if (atCreation && facts.OverriddenCreatedOn.HasValue)
        {
            return CreditDecision.Nobody(NoCreditReason.MigratedRecord);
        }

        var delegateUser = atCreation ? facts.CreatedOnBehalfBy : facts.ModifiedOnBehalfBy;
        var actor = delegateUser ?? (atCreation ? facts.CreatedBy : facts.ModifiedBy);
        if (actor is null)
        {
            return CreditDecision.Nobody(NoCreditReason.NoUserOnRecord);
        }

        var actorFacts = Lookup(directory, actor);
        if (IsSyncedKind(kind) && WellKnownAccounts.IsServerSideSync(actorFacts.FullName))
        {
            return CreditOwner(facts, directory);
        }

        if (actorFacts.WhyNotCounted() is { } notCounted)
        {
            return CreditDecision.Nobody(notCounted);
        }

        var owner = facts.Owner is { IsTeam: false } user ? user.Id : (Guid?)null;
        return CreditDecision.To(actor.Id, delegateUser is null ? CreditReason.InitiatingUser : CreditReason.Delegate, owner);
    }

    /// <summary>Emails and meetings are what server-side sync creates and sends (dataverse-facts 5.2).</summary>
    public static bool IsSyncedKind(SignalKind kind) => kind is SignalKind.EmailSent or SignalKind.EmailTracked or SignalKind.Meeting;

    private static CreditDecision CreditOwner(ActivityFacts facts, IUserDirectory directory)
    {
        if (facts.Owner is null)
        {
            return CreditDecision.Nobody(NoCreditReason.NoUserOnRecord);
        }

        if (facts.Owner.IsTeam)
        {
            return CreditDecision.Nobody(NoCreditReason.OwnedByTeam);
        }

        return Lookup(directory, facts.Owner).WhyNotCounted() is { } notCounted
            ? CreditDecision.Nobody(notCounted)
            : CreditDecision.To(facts.Owner.Id, CreditReason.OwnerViaServerSideSync);
    }

    // The directory's name wins; the name on the reference covers directories that know only ids.
    private static UserFacts Lookup(IUserDirectory directory, UserReference user)
    {
        var known = directory.Find(user.Id);
        if (known is null)
        {
            return UserFacts.FromName(user.Id, user.Name);
        }

        return known.FullName is null && user.Name is not null
            ? new UserFacts(known.Id, user.Name, known.AccessMode, known.IsApplicationUser, known.IsDisabled, known.IsLicensed, known.IsVerified)
            : known;
    }
}
