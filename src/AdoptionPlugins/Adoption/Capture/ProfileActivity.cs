using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>What the roll-up needs of a stored <c>adopt_adoptionprofile</c> row: its id, name and the activity times it holds.</summary>
public sealed class ProfileActivity
{
    public ProfileActivity(Guid id, Guid userId, string? name, DateTime? firstActivityOn, DateTime? lastActivityOn, DateTime? erasedOn = null)
    {
        ErasedOn = erasedOn?.Date;
        Id = id;
        UserId = userId;
        Name = name;
        FirstActivityOn = firstActivityOn;
        LastActivityOn = lastActivityOn;
    }

    public Guid Id { get; }

    public Guid UserId { get; }

    public string? Name { get; }

    /// <summary>UTC time of the user's first counted activity, as far as the product has seen.</summary>
    public DateTime? FirstActivityOn { get; }

    public DateTime? LastActivityOn { get; }

    /// <summary>The day the person's adoption history was erased on request; nothing up to it may count again.</summary>
    public DateTime? ErasedOn { get; }
}
