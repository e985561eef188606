using System;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Teams;

/// <summary>One person's standing as a team or organisation total counts it: tier, state now and state before this evaluation.</summary>
public sealed class TeamMember
{
    public TeamMember(Guid userId, string name, AdoptionTier tier, AdoptionState state, AdoptionState? stateBefore)
    {
        UserId = userId;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Tier = tier;
        State = state;
        StateBefore = stateBefore;
    }

    public Guid UserId { get; }

    public string Name { get; }

    public AdoptionTier Tier { get; }

    public AdoptionState State { get; }

    /// <summary>The state before today's evaluation, or null for someone evaluated for the first time.</summary>
    public AdoptionState? StateBefore { get; }

    public bool IsLeader => Tier is AdoptionTier.Executive or AdoptionTier.Manager;

    public static TeamMember From(AdoptionVerdict verdict, string name)
    {
        verdict = verdict ?? throw new ArgumentNullException(nameof(verdict));
        return new TeamMember(verdict.UserId, name, verdict.Tier.Tier, verdict.State, verdict.Previous.State);
    }
}
