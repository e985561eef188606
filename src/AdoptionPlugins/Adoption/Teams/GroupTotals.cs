using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Teams;

/// <summary>How many people of a group are in each state: the only figures privacy mode shows, and only for large enough groups.</summary>
public sealed class GroupTotals
{
    public GroupTotals(int newStarters, int active, int slipping, int inactive, int onLeave)
    {
        NewStarters = newStarters;
        Active = active;
        Slipping = slipping;
        Inactive = inactive;
        OnLeave = onLeave;
    }

    public int NewStarters { get; }

    public int Active { get; }

    public int Slipping { get; }

    public int Inactive { get; }

    public int OnLeave { get; }

    /// <summary>People judged from their activity; new starters and people on leave are not.</summary>
    public int Judged => Active + Slipping + Inactive;

    /// <summary>Everyone counted, judged or not (excluded people are never counted).</summary>
    public int People => Judged + NewStarters + OnLeave;

    public int ActivePercent => Judged == 0 ? 0 : (int)Math.Round(Active * 100.0 / Judged, MidpointRounding.AwayFromZero);

    /// <summary>Totals of the members' states; excluded people are left out.</summary>
    public static GroupTotals Of(IEnumerable<AdoptionState> states)
    {
        var all = (states ?? throw new ArgumentNullException(nameof(states))).ToList();
        return new GroupTotals(
            all.Count(state => state == AdoptionState.New),
            all.Count(state => state == AdoptionState.Active),
            all.Count(state => state == AdoptionState.Slipping),
            all.Count(state => state == AdoptionState.Inactive),
            all.Count(state => state == AdoptionState.OnLeave));
    }

    /// <summary>Whether the exact share of active people reaches a percentage, compared in whole numbers.</summary>
    public bool Reaches(int percent) => Judged > 0 && Active * 100 >= percent * Judged;
}
