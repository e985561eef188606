using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>Things in a contributor's own pipeline worth a look: only their own records, never anyone else's numbers.</summary>
public sealed class HelpFacts
{
    public HelpFacts(IEnumerable<string> opportunitiesWithoutNextStep, int overdueActivities)
    {
        OpportunitiesWithoutNextStep = (opportunitiesWithoutNextStep ?? throw new ArgumentNullException(nameof(opportunitiesWithoutNextStep)))
            .Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim()).ToArray();
        OverdueActivities = overdueActivities < 0
            ? throw new ArgumentOutOfRangeException(nameof(overdueActivities), overdueActivities, "A count of overdue activities cannot be negative.")
            : overdueActivities;
    }

    /// <summary>Names of the contributor's open opportunities with no open activity planned.</summary>
    public IReadOnlyList<string> OpportunitiesWithoutNextStep { get; }

    /// <summary>The contributor's open activities past their due date.</summary>
    public int OverdueActivities { get; }
}
