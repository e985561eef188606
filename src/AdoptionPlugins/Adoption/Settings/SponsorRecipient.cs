using System;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>Who receives the sponsor digest: one user, or every member of a team.</summary>
public sealed class SponsorRecipient
{
    public SponsorRecipient(Guid id, bool isTeam)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A sponsor needs the id of a user or team.", nameof(id));
        }

        Id = id;
        IsTeam = isTeam;
    }

    public Guid Id { get; }

    /// <summary>True for a team: the digest goes to each member (in-app notifications reach users only, dataverse-facts 6.1).</summary>
    public bool IsTeam { get; }
}
