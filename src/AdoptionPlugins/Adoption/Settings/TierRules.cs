using System;
using System.Collections.Generic;
using System.Linq;
using AdoptionPlugins.Adoption.Evaluation;

namespace AdoptionPlugins.Adoption.Settings;

/// <summary>How the evaluation decides a user's tier from security roles and job title when no administrator set it.</summary>
public sealed class TierRules
{
    public TierRules(
        IEnumerable<string> executiveRoles,
        IEnumerable<string> managerRoles,
        IEnumerable<string> contributorRoles,
        IEnumerable<string> excludedRoles,
        IEnumerable<TitleRule> titleRules,
        AdoptionTier defaultTier)
    {
        ExecutiveRoles = Names(executiveRoles, nameof(executiveRoles));
        ManagerRoles = Names(managerRoles, nameof(managerRoles));
        ContributorRoles = Names(contributorRoles, nameof(contributorRoles));
        ExcludedRoles = Names(excludedRoles, nameof(excludedRoles));
        TitleRules = (titleRules ?? throw new ArgumentNullException(nameof(titleRules))).ToArray();
        DefaultTier = defaultTier;
    }

    public IReadOnlyList<string> ExecutiveRoles { get; }

    public IReadOnlyList<string> ManagerRoles { get; }

    public IReadOnlyList<string> ContributorRoles { get; }

    /// <summary>Roles of people the CRM is not meant for (administrators, service desks); tried after the other tiers.</summary>
    public IReadOnlyList<string> ExcludedRoles { get; }

    public IReadOnlyList<TitleRule> TitleRules { get; }

    public AdoptionTier DefaultTier { get; }

    /// <summary>The role lists in the order they are tried: a user holding roles of several tiers gets the first.</summary>
    public IReadOnlyList<KeyValuePair<AdoptionTier, IReadOnlyList<string>>> RolesInOrder =>
    [
        new(AdoptionTier.Executive, ExecutiveRoles),
        new(AdoptionTier.Manager, ManagerRoles),
        new(AdoptionTier.Contributor, ContributorRoles),
        new(AdoptionTier.Excluded, ExcludedRoles),
    ];

    private static string[] Names(IEnumerable<string> names, string parameter) =>
        (names ?? throw new ArgumentNullException(parameter)).Select(name => name?.Trim() ?? string.Empty).ToArray();
}
