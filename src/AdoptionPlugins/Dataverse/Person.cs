using System;
using System.Collections.Generic;
using AdoptionPlugins.Adoption.Evaluation;
using AdoptionPlugins.Adoption.Nudges;

namespace AdoptionPlugins.Dataverse;

/// <summary>One person from the user directory as the evaluation reads them: directory facts, and since when they are known.</summary>
public sealed class Person
{
    public Person(UserFacts facts, DateTime knownSince)
    {
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        KnownSince = knownSince.Date;
    }

    public Guid Id => Facts.UserId;

    public UserFacts Facts { get; }

    /// <summary>The day the user was created: a new profile's first-seen day, so installing the product gives nobody a grace period.</summary>
    public DateTime KnownSince { get; }

    /// <summary>The person as a message recipient, with the opt-out and VIP flags of their profile (none without one).</summary>
    public Recipient ToRecipient(IReadOnlyDictionary<Guid, StoredProfile> profiles)
    {
        _ = profiles ?? throw new ArgumentNullException(nameof(profiles));
        var profile = profiles.TryGetValue(Id, out var found) ? found : null;
        return new Recipient(Facts, profile?.IsOptedOut ?? false, profile?.IsVip ?? false);
    }
}
