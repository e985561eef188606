using System;
using System.Globalization;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>
/// What the roll-up writes to a user's <c>adopt_adoptionprofile</c>: the name and the first and last activity, plus, for a profile
/// created on first sight, the day it was first seen and the New state the grace period starts from. Tier, flags and the latest
/// evaluation are the evaluation's to write, so they are never part of it.
/// </summary>
public sealed class ProfileRecord
{
    internal ProfileRecord(Guid id, Guid userId, string name, DateTime? firstActivityOn, DateTime? lastActivityOn, DateTime? firstSeenOn)
    {
        Id = id;
        UserId = userId;
        Name = name;
        FirstActivityOn = firstActivityOn;
        LastActivityOn = lastActivityOn;
        FirstSeenOn = firstSeenOn;
    }

    /// <summary>The stored row's id, or the user's deterministic profile id for a new one.</summary>
    public Guid Id { get; }

    public Guid UserId { get; }

    /// <summary>The user's full name.</summary>
    public string Name { get; }

    public DateTime? FirstActivityOn { get; }

    public DateTime? LastActivityOn { get; }

    /// <summary>The user's local day the product first saw them: set only when the profile is created.</summary>
    public DateTime? FirstSeenOn { get; }

    public bool IsNew => FirstSeenOn.HasValue;

    /// <summary>
    /// The profile id of a user, the same wherever it is computed, so two refreshes seeing a new user at once write one row; it needs no
    /// alternate key, so it works while keys are still Pending after install (dataverse-facts 4.1, 4.2).
    /// </summary>
    public static Guid IdOf(Guid userId) =>
        DeterministicGuid.Create(string.Format(CultureInfo.InvariantCulture, "adoptionprofile:{0:D}", userId));

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1}, first activity {2:u}, last {3:u}", Name, IsNew ? $"new, first seen {FirstSeenOn:yyyy-MM-dd}" : "updated", FirstActivityOn, LastActivityOn);
}
