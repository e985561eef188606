using System;

namespace AdoptionPlugins.Adoption.Capture;

/// <summary>A user or team named on a row (owner, creator, modifier), with the display name the platform sent along when it did.</summary>
public sealed class UserReference
{
    public UserReference(Guid id, string? name = null, bool isTeam = false)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A user reference needs a user id.", nameof(id));
        }

        Id = id;
        Name = name;
        IsTeam = isTeam;
    }

    public Guid Id { get; }

    public string? Name { get; }

    /// <summary>True when the reference is a team (only owners can be teams).</summary>
    public bool IsTeam { get; }

    public override string ToString() => Name is null ? Id.ToString() : $"{Name} ({Id})";
}
